"""Entry point of the PyInstaller build: the same `frontdesk` command as the installed script."""
from frontdesk.cli import main

raise SystemExit(main())
