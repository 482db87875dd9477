"""Refresh only what is seen: a hidden page or strip remembers it is stale and reloads when next shown."""
from __future__ import annotations


class RefreshWhenShown:
    """Mixin for a QWidget with `refresh()`; put it before the Qt class (after Retranslating)."""

    stale = True

    def refresh_if_shown(self) -> None:
        """Refresh now when visible; otherwise remember to when next shown (no work for a hidden widget)."""
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
