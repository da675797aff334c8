"""Text loader: bodies, people, posts, instruments, mandates and reporting from Vietnamese text."""
