"""Domain rules in plain Python: no Qt, no SQL."""
