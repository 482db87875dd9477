"""PySide6 window: pages, dialogs, item models, workers. Calls the same store functions as the CLI."""
from .refcount_guard import pin_singletons

pin_singletons()      # before any widget runs: PySide6 6.12 on Python 3.11 loses references to None/True/False
