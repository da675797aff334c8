"""Network analytics and the interactive graph view."""
