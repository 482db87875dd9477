"""The intake being typed, kept as a draft file as it is typed (drafts/intake-USER.json in the data folder,
written whole and synced), and offered back after a crash or a power cut. Saving the ticket or starting a
new call clears the form, and with it the draft.

The intake page calls attach(page) once; everything else is here."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

log = logging.getLogger("frontdesk")
DELAY_MS = 400
TEXTS = ("description", "answer")                     # QPlainTextEdit
LINES = ("place_detail", "preferred", "contact")       # QLineEdit
CHOICES = ("type_box", "category", "channel", "place")  # QComboBox, kept by their data
CHECKS = ("urgent", "close_now")


def draft_path(ctx) -> Path | None:
    user = (ctx.user or {}).get("id")
    return Path(ctx.db_path).parent / "drafts" / f"intake-{user}.json" if user else None


def snapshot(page) -> dict:
    """What is typed, by field (the caller chosen too)."""
    data = {"unit": page.unit.currentText().strip()}
    for name in TEXTS:
        data[name] = getattr(page, name).toPlainText()
    for name in LINES:
        data[name] = getattr(page, name).text()
    for name in CHOICES:
        data[name] = getattr(page, name).currentData()
    for name in CHECKS:
        data[name] = getattr(page, name).isChecked()
    person = getattr(page, "person", None)
    data["person"] = {k: person.get(k) for k in ("kind", "id", "key", "label", "units")} if person else None
    return data


def blank(data: dict) -> bool:
    """Nothing typed that would be lost."""
    return not (data.get("unit") or data.get("person") or any((data.get(n) or "").strip() for n in TEXTS + LINES))


def apply(page, data: dict) -> None:
    """Put a draft back into the form (the caller first: choosing one resets the unit list)."""
    person = data.get("person")
    if person:
        page.choose({**person, "detail": " ".join(person.get("units") or [])})
    if data.get("unit"):
        page.unit.setEditText(data["unit"])
    for name in CHOICES:
        box: QComboBox = getattr(page, name)
        index = box.findData(data.get(name))
        if index >= 0:
            box.setCurrentIndex(index)
    for name in CHECKS:
        getattr(page, name).setChecked(bool(data.get(name)))
    for name in LINES:
        getattr(page, name).setText(data.get(name) or "")
    for name in TEXTS:
        getattr(page, name).setPlainText(data.get(name) or "")
    page.description.setFocus()


class IntakeDraft(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.restoring = False
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.save)
        for name in TEXTS:
            getattr(page, name).textChanged.connect(self.changed)
        for name in LINES:
            getattr(page, name).textChanged.connect(self.changed)
        for name in CHOICES:
            getattr(page, name).currentIndexChanged.connect(self.changed)
        for name in CHECKS:
            getattr(page, name).toggled.connect(self.changed)
        page.unit.editTextChanged.connect(self.changed)
        page.ctx.user_changed.connect(lambda _u: self.offer())
        self.banner = QFrame(page)
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet("#draftBanner { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }")
        self.label = QLabel(self.banner)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(self.banner)
        self.discard_button = QPushButton(self.banner)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        outer = QVBoxLayout(self.banner)                # the words above the buttons: a narrow form never clips them
        outer.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        outer.addLayout(row)
        self.banner.hide()
        page.form.insertRow(0, self.banner)           # above the caller search, across the form
        self.pending: dict | None = None
        self.offer()

    def changed(self, *_a) -> None:
        if self.restoring or self.pending is not None:
            return
        if blank(snapshot(self.page)):                # saved or cleared: no draft, at once
            self.timer.stop()
            self.clear()
        else:
            self.timer.start()

    def save(self) -> None:
        path = draft_path(self.page.ctx)
        if path is None or self.pending is not None:
            return
        data = snapshot(self.page)
        if blank(data):
            self.clear()
            return
        from frontdesk.store.db import local_now
        data["typed_at"] = local_now().isoformat(timespec="minutes")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("intake draft not kept: %s", exc.strerror)

    def clear(self) -> None:
        path = draft_path(self.page.ctx)
        if path is not None:
            path.unlink(missing_ok=True)

    def offer(self) -> None:
        """A draft left by a crash: say so above the form, with Bring back and Discard."""
        self.pending = None
        self.banner.hide()
        path = draft_path(self.page.ctx)
        if path is None or not path.exists():
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if blank(data):
            return
        self.pending = data
        self.retranslate()
        self.banner.show()

    def retranslate(self) -> None:
        when = str((self.pending or {}).get("typed_at", "")).replace("T", " ")
        self.label.setText(self.tr("An intake typed at %1 was not saved (the program was closed or the power went "
                                   "off). Bring it back to finish it?").replace("%1", when))
        self.restore_button.setText(self.tr("&Bring it back"))
        self.discard_button.setText(self.tr("D&iscard"))

    def restore(self) -> None:
        data, self.pending = self.pending, None
        self.banner.hide()
        if data:
            self.restoring = True
            try:
                apply(self.page, data)
            finally:
                self.restoring = False
            self.save()

    def discard(self) -> None:
        self.pending = None
        self.banner.hide()
        self.clear()


def attach(page) -> IntakeDraft | None:
    """Keep the page's typing as a draft; a page whose fields changed shape goes on without one (logged)."""
    try:
        page.draft = IntakeDraft(page)
    except AttributeError as exc:
        log.error("intake draft not attached: %s", exc)
        return None
    return page.draft
