"""``python -m bomay`` is the same as the ``bomay`` command."""

from bomay.cli import main

main()
