"""Fixtures for the printing tests."""
import pytest


@pytest.fixture(scope="session")
def font():
    from frontdesk.printing.fonts import register_cjk_font
    return register_cjk_font()
