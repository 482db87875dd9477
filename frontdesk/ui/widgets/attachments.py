"""The 附件 strip of a ticket or a unit: thumbnails of its photos and scans, added by the file chooser or by
dragging files onto it, opened in a viewer, removed by a mark (store.attachments does the work)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from frontdesk.core.errors import Refused
from frontdesk.store import attachments
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import file_dialogs

ID_ROLE = Qt.UserRole + 1
THUMB = 72


def _pdf_page(path: str, width: int, page: int = 0) -> QImage | None:
    """One page of a PDF as an image `width` pixels wide (pypdfium2, as the print preview uses)."""
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        try:
            if page >= len(doc):
                return None
            p = doc[page]
            scale = width / max(1.0, p.get_width())
            pil = p.render(scale=scale).to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            return QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format_RGB888).copy()
        finally:
            doc.close()
    except Exception:       # a damaged PDF shows a plain icon; opening it says what is wrong
        return None


def thumbnail(a: dict, size: int = THUMB) -> QIcon:
    """A small picture of the attachment (scaled while reading, so a 6 MB photo costs little)."""
    if not a.get("present"):
        return QIcon()
    if a["mime"] == "application/pdf":
        img = _pdf_page(a["path"], size)
    else:
        reader = QImageReader(a["path"])
        reader.setAutoTransform(True)
        s = reader.size()
        if s.isValid() and s.width() > 0:
            reader.setScaledSize(s.scaled(size, size, Qt.KeepAspectRatio))
        img = reader.read()
    return QIcon(QPixmap.fromImage(img)) if img is not None and not img.isNull() else QIcon()


class Viewer(Retranslating, QDialog):
    """One attachment, fitted to a window sized to the screen it opens on; a PDF page by page."""

    def __init__(self, a: dict, parent=None):
        super().__init__(parent)
        self.a = a
        self.setObjectName("attachmentViewer")
        screen = (parent.screen() if parent is not None else None) or self.screen()
        avail = screen.availableGeometry()
        self.resize(min(1000, avail.width() - 60), min(800, avail.height() - 80))
        self.image = QLabel(alignment=Qt.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.caption = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.caption)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.buttons)
        self.retranslateUi()
        self._show()

    def _show(self) -> None:
        width = self.width() - 60
        if self.a["mime"] == "application/pdf":
            pages = [img for img in (_pdf_page(self.a["path"], width, i) for i in range(20)) if img is not None]
            if pages:
                total = sum(p.height() for p in pages) + 10 * len(pages)
                canvas = QImage(width, total, QImage.Format_RGB888)
                canvas.fill(Qt.lightGray)
                from PySide6.QtGui import QPainter
                painter = QPainter(canvas)
                y = 0
                for p in pages:
                    painter.drawImage(0, y, p)
                    y += p.height() + 10
                painter.end()
                self.image.setPixmap(QPixmap.fromImage(canvas))
                return
            self.image.setText(self.tr("This PDF cannot be shown."))
            return
        reader = QImageReader(self.a["path"])
        reader.setAutoTransform(True)
        img = reader.read()
        if img.isNull():
            self.image.setText(self.tr("This picture cannot be shown."))
            return
        pix = QPixmap.fromImage(img)
        if pix.width() > width or pix.height() > self.height() - 120:
            pix = pix.scaled(width, self.height() - 120, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        self.image.setPixmap(pix)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Attachment: %1").replace("%1", self.a["name"]))
        self.caption.setText(self.tr("%1 · attached by %2 at %3").replace("%1", self.a["name"])
                             .replace("%2", self.a.get("actor_name") or "—")
                             .replace("%3", (self.a.get("created_at") or "")[:16].replace("T", " ")))


class AttachmentsPanel(Retranslating, QWidget):
    """Thumbnails of a ticket's (ticket=NUMBER) or a unit's (unit=CODE) attachments, with add, open, remove."""

    PURPOSES = attachments.PURPOSES

    def __init__(self, ctx, parent=None, *, ticket: str | None = None, unit: str | None = None,
                 compact: bool = False):
        super().__init__(parent)
        self.ctx, self.ticket, self.unit = ctx, ticket, unit
        self.setObjectName("attachmentsPanel")
        self.setAcceptDrops(True)
        self.caption = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("attachmentsList")
        self.list.setViewMode(QListWidget.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 34))
        self.list.setResizeMode(QListWidget.Adjust)
        self.list.setMovement(QListWidget.Static)
        self.list.setWordWrap(True)
        if compact:
            self.list.setFlow(QListWidget.LeftToRight)
            self.list.setWrapping(False)
            self.list.setFixedHeight(THUMB + 44)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.purpose = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence.Delete, self.list, activated=self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.caption)
        row.addStretch(1)
        row.addWidget(self.purpose)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.list, 1)
        self.rows: list[dict] = []
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        names = {"return_slip": self.tr("Signed work order (返单)"), "photo": self.tr("Photo"),
                 "letter": self.tr("Letter received"), "other": self.tr("Other")}
        keep = self.purpose.currentData()
        self.purpose.clear()
        for p in self.PURPOSES:
            self.purpose.addItem(names[p], p)
        if keep:
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(keep)))
        self.add_button.setText(self.tr("Attach a &file…"))
        self.open_button.setText(self.tr("View"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setToolTip(self.tr("Drop photos or scanned pages here, or attach them with the button"))
        self._caption()

    def _caption(self) -> None:
        n = len(self.rows)
        self.caption.setText(self.tr("Attachments (%1)").replace("%1", str(n)) if n else
                             self.tr("Attachments: none yet — drop photos or scans here"))

    def refresh(self) -> None:
        db = self.ctx.db
        self.rows = attachments.for_ticket(db, self.ticket) if self.ticket else \
            attachments.for_unit(db, self.unit) if self.unit else []
        self.list.clear()
        for a in self.rows:
            item = QListWidgetItem(thumbnail(a), a["name"] if len(a["name"]) <= 14 else a["name"][:12] + "…")
            item.setData(ID_ROLE, a["id"])
            item.setToolTip(f"{a['name']}\n{(a.get('created_at') or '')[:16].replace('T', ' ')} "
                            f"{a.get('actor_name') or ''}" + (f"\n{a['ticket']}" if self.unit and a["ticket"] else ""))
            self.list.addItem(item)
        self.open_button.setEnabled(bool(self.rows))
        self.remove_button.setEnabled(bool(self.rows))
        self._caption()

    def _current(self) -> dict | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        if item is None:
            return None
        return next((a for a in self.rows if a["id"] == item.data(ID_ROLE)), None)

    def choose(self) -> None:
        from PySide6.QtCore import QStandardPaths
        start = QStandardPaths.writableLocation(QStandardPaths.PicturesLocation) or str(Path.home())
        paths, _ = file_dialogs.get_open_file_names(
            self, self.tr("Attach photos or scans"), start,
            self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)"),
            options=None)
        self.attach_files(paths)

    def attach_files(self, paths) -> int:
        """Attach each file; a refused one is said by name and the others still go in."""
        from frontdesk.ui.widgets.refusals import describe
        done, problems = 0, []
        for path in paths:
            try:
                attachments.attach(self.ctx.db, path, actor=self.ctx.user, ticket=self.ticket,
                                   unit=None if self.ticket else self.unit, purpose=self.purpose.currentData())
                done += 1
            except Refused as exc:
                problems.append(describe(exc))
            except OSError as exc:
                problems.append(f"{path}: {exc.strerror or exc}")
        if done:
            self.refresh()
        if problems:
            QMessageBox.warning(self, self.tr("Attachments"), "\n".join(problems))
        return done

    def open_current(self) -> None:
        a = self._current()
        if a is None:
            return
        if not a["present"]:
            QMessageBox.warning(self, self.tr("Attachments"),
                                self.tr("The file of this attachment is not on this computer yet (it arrives with "
                                        "the next sync, or comes back from a backup)."))
            return
        Viewer(a, self).exec()

    def remove_current(self) -> None:
        from frontdesk.ui.widgets.refusals import describe
        a = self._current()
        if a is None:
            return
        if QMessageBox.question(self, self.tr("Remove the attachment"),
                                self.tr("Remove %1? It stays in the audit trail.").replace("%1", a["name"])) \
                != QMessageBox.Yes:
            return
        try:
            attachments.remove(self.ctx.db, a["id"], actor=self.ctx.user)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Attachments"), describe(exc))
            return
        self.refresh()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)
