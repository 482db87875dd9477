"""The print preview: a prepared document's pages shown in the window, printed to the system printer
(QPrinter + QPrintDialog) or saved as PDF; either is recorded (printed_documents, audit, ticket timeline).

Pages are rendered with QtPdf when this Qt has it, else with pypdfium2 (PySide6-Essentials has no QtPdf)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QSpinBox, QVBoxLayout)

from frontdesk.core.errors import Refused
from frontdesk.ui import screen
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets import refusals
from frontdesk.ui.widgets import file_dialogs


class PdfPages:
    """Page images of a PDF held in memory."""

    def __init__(self, pdf: bytes):
        self.pdf = pdf
        self._qt = None
        self._doc = None
        try:
            from PySide6.QtCore import QBuffer, QByteArray
            from PySide6.QtPdf import QPdfDocument
            self._buffer = QBuffer()
            self._buffer.setData(QByteArray(pdf))
            self._buffer.open(QBuffer.ReadOnly)
            self._qt = QPdfDocument()
            self._qt.load(self._buffer)
        except ImportError:
            import pypdfium2
            self._doc = pypdfium2.PdfDocument(pdf)

    def __len__(self) -> int:
        if self._qt is not None:
            return self._qt.pageCount()
        return len(self._doc) if self._doc is not None else 0      # 0 once closed

    def size_points(self, index: int) -> tuple[float, float]:
        if self._qt is not None:
            s = self._qt.pagePointSize(index)
            return s.width(), s.height()
        return tuple(self._doc[index].get_size())

    def image(self, index: int, dpi: float = 96) -> QImage:
        """Page `index` (0-based) as an RGB image at `dpi`."""
        w, h = self.size_points(index)
        if self._qt is not None:
            return self._qt.render(index, QSize(int(w * dpi / 72), int(h * dpi / 72)))
        bitmap = self._doc[index].render(scale=dpi / 72, rev_byteorder=True)
        img = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB888)
        return img.copy()                       # own the pixels: the bitmap's buffer goes away

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def print_pages(pages: PdfPages, printer, first: int = 1, last: int | None = None, dpi: int = 300) -> int:
    """Paint pages first..last (1-based) onto a QPrinter, each scaled to the paper; returns pages printed."""
    last = min(last or len(pages), len(pages))
    printer.setFullPage(True)                   # the PDF already carries its margins
    painter = QPainter()
    if not painter.begin(printer):
        raise Refused("printer", "the printer could not be started")
    done = 0
    try:
        for i in range(first - 1, last):
            if done:
                printer.newPage()
            img = pages.image(i, min(dpi, max(printer.resolution(), 150)))
            target = painter.viewport()
            scaled = img.size().scaled(target.size(), Qt.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(img.rect())
            painter.drawImage(0, 0, img)
            painter.setViewport(target)
            done += 1
    finally:
        painter.end()
    return done


class PreviewDialog(Retranslating, QDialog):
    """Shows a Prepared document one page at a time; Print… and Save PDF… record what was done."""

    def __init__(self, ctx, prepared, parent=None):
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.ctx, self.prepared = ctx, prepared
        self.pages = PdfPages(prepared.pdf)
        self.recorded: str | None = None        # 'print' or 'save' once done
        self.zoom = 1.0                         # 1.0 = the page fits the window (its width, or all of it)
        self._rerender = QTimer(self, singleShot=True, interval=80)
        self._rerender.timeout.connect(lambda: self.show_page(self.page.value()))
        self._build()
        self.retranslateUi()
        screen.fit(self, 960, 1040)             # as big as the screen allows; the page is fitted on resize
        self.show_page(1)

    def _build(self) -> None:
        self.warning = QLabel(self)
        self.warning.setObjectName("fontWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00;")
        self.warning.setText(self.prepared.warning or "")
        self.warning.setVisible(bool(self.prepared.warning))
        self.image = QLabel(self)
        self.image.setObjectName("pageImage")
        self.image.setAlignment(Qt.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignCenter)
        self.page = QSpinBox(self)
        self.page.setObjectName("pageSpin")
        self.page.setRange(1, max(len(self.pages), 1))
        self.page.valueChanged.connect(self.show_page)
        self.count = QLabel(self)
        self.prev_button = QPushButton(self)
        self.prev_button.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.zoom_in = QPushButton("+", self)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out = QPushButton("−", self)
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        for small in (self.zoom_in, self.zoom_out):
            small.setFixedWidth(small.fontMetrics().horizontalAdvance("+") + 28)
        self.whole_page = QPushButton(self)
        self.whole_page.setObjectName("wholePageButton")
        self.whole_page.setCheckable(True)
        self.whole_page.toggled.connect(lambda _on: self._zoom(0))
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.save_dialog)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        nav = QHBoxLayout()
        for w in (self.prev_button, self.page, self.count, self.next_button, self.zoom_out, self.zoom_in,
                  self.whole_page):
            nav.addWidget(w)
        nav.addStretch(1)
        for w in (self.print_button, self.save_button, self.close_button):
            nav.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.warning)
        lay.addWidget(self.scroll, 1)
        lay.addLayout(nav)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", self.prepared.title))
        self.count.setText(self.tr("of %n page(s)", "", len(self.pages)))
        self.prev_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.whole_page.setText(self.tr("Whole page"))
        self.zoom_in.setToolTip(self.tr("Larger"))
        self.zoom_out.setToolTip(self.tr("Smaller"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.close_button.setText(self.tr("Close"))

    def _zoom(self, factor: float) -> None:
        """Zoom by `factor`; 0 goes back to the page fitted to the window."""
        self.zoom = max(0.4, min(3.0, self.zoom * factor)) if factor else 1.0
        self.show_page(self.page.value())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rerender.start()                  # fit the page to the new size once resizing pauses

    def show_page(self, number: int) -> None:
        """Render page `number` (1-based) fitted to the window — its width, or the whole page — times the zoom."""
        if not len(self.pages):
            return
        w_pt, h_pt = self.pages.size_points(number - 1)
        view = self.scroll.viewport().size()
        scale = (view.width() - 24) / w_pt
        if self.whole_page.isChecked():
            scale = min(scale, (view.height() - 24) / h_pt)
        dpi = max(24.0, min(300.0, scale * 72 * self.zoom))
        self.image.setPixmap(QPixmap.fromImage(self.pages.image(number - 1, dpi)))
        self.scroll.verticalScrollBar().setValue(0)
        self.prev_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < len(self.pages))

    # ---- print and save ----------------------------------------------------------------------

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.prepared.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() != QDialog.Accepted:
            return
        first, last = printer.fromPage() or 1, printer.toPage() or len(self.pages)
        self.print_to(printer, first, last)

    def print_to(self, printer, first: int = 1, last: int | None = None) -> bool:
        """Print (no dialog) and record it; False when the printer refused."""
        try:
            print_pages(self.pages, printer, first, last)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Print"), refusals.describe(exc))
            return False
        return self._record("print")

    def save_dialog(self) -> None:
        from PySide6.QtCore import QStandardPaths
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        suggested = f"{folder}/{self.prepared.doc_number or 'document'}.pdf"
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def save_to(self, path: str) -> bool:
        """Write the PDF only together with its record: a disk, folder or database problem is told, and then
        there is neither file nor record."""
        from frontdesk.services.printing import save_recorded
        try:
            save_recorded(self.ctx.db, self.prepared, self.ctx.user, path,
                          lambda full: self._keep("save", full))
        except (OSError, Refused) as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), refusals.describe(exc))
            return False
        return self._recorded("save")

    def _keep(self, action: str, path: str | None = None) -> None:
        """Record the act (raising when it cannot be recorded); printed and saved: the second act only audited."""
        from frontdesk.services.printing import record
        if self.recorded:
            from frontdesk.store import audit
            audit.record(self.ctx.db, self.ctx.user, action, "printed_documents", None,
                         doc_number=self.prepared.doc_number, again=True, path=path)
        else:
            record(self.ctx.db, self.prepared, self.ctx.user, action=action, path=path)

    def _record(self, action: str, path: str | None = None) -> bool:
        try:
            self._keep(action, path)
        except Refused as exc:
            QMessageBox.warning(self, self.tr("Print"), refusals.describe(exc))
            return False
        return self._recorded(action)

    def _recorded(self, action: str) -> bool:
        if self.recorded:
            return True
        self.recorded = action
        numbers = {d["ticket_number"] for d in self.prepared.docs if d.get("ticket_number")}
        self.ctx.notify(tables={"printed_documents", "ticket_events"}, numbers=numbers)
        return True

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
