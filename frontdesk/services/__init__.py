"""Use cases shared by the command line and the window: they may use store, core and printing, never Qt."""
