"""Item models of the desk pages (each passes pytest-qt's qtmodeltester)."""
