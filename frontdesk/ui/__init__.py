"""PySide6 window: pages, dialogs, item models, workers. Calls the same store functions as the CLI."""
