"""Tests of frontdesk.store (a package so test_reports.py here and in tests/core do not clash)."""
