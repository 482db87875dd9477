"""Tests of frontdesk.services (a package so its module names do not clash with tests/core and tests/store)."""
