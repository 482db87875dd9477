"""The Reports page's tabs: daily log, callbacks, monthly analysis, annual survey; and their small charts."""
