"""Paper: reportlab documents from plain data (no Qt, no store). base.py is the shared page; one module per kind."""
