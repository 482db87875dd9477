"""Sync between the terminals of a centre, and with head office, by signed CSV bundles (docs/bundle-format.md).

No Qt here. `bundle` is the format alone (keys, write, read and verify); the rest reads and writes the store."""
