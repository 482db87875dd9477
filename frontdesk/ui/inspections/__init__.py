"""The 巡检 page's parts: the rounds model, the keyboard entry dialog, the history panel with a reading's trend,
and the small hooks other windows show (the dashboard's strip, the ticket's round link)."""
