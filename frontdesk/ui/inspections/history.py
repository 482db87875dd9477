"""History of one template at one place: the rounds done with their findings (and whether those are closed),
and a count's or reading's trend as a small chart with its allowed range shaded."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSizePolicy, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from frontdesk.core import axis

from .words import COLOURS


class TrendChart(QWidget):
    """Values over time as a line; the allowed range a green band; points outside it red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple] = []
        self.lo = self.hi = None
        self.unit = ""
        self.whole = False
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_trend(self, trend: dict | None) -> None:
        trend = trend or {}
        self.points, self.unit = trend.get("points") or [], trend.get("unit") or ""
        self.lo, self.hi = trend.get("min"), trend.get("max")
        self.whole = trend.get("judged") == "count"
        self.update()

    def scale(self) -> tuple[float, float, list[tuple[float, str]]]:
        """The value axis (core.axis, as on paper): bottom, top and the ticks with their texts; a count's in
        whole numbers. Holds every value and the allowed range."""
        values = [v for _, v in self.points] + [v for v in (self.lo, self.hi) if v is not None]
        bottom, top, step = axis.axis(min(values), max(values), whole=self.whole, pad=0.08)
        return bottom, top, axis.ticks(bottom, top, step)

    def paintEvent(self, _event):
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if not self.points:
            p.setPen(QColor("#9e9e9e"))
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("No readings yet"))
            return
        area = QRectF(48, 10, self.width() - 60, self.height() - 36)
        low, high, marks = self.scale()

        def y(v):
            return area.bottom() - (v - low) / (high - low) * area.height()
        if self.lo is not None or self.hi is not None:
            top = y(self.hi) if self.hi is not None else area.top()
            bottom = y(self.lo) if self.lo is not None else area.bottom()
            p.fillRect(QRectF(area.left(), top, area.width(), bottom - top), QColor(46, 125, 50, 40))
        p.setPen(QColor("#e0e0e0"))
        for v, _text in marks[1:-1]:
            p.drawLine(QPointF(area.left(), y(v)), QPointF(area.right(), y(v)))
        p.setPen(QColor("#9e9e9e"))
        p.drawRect(area)
        for v, text in marks:
            p.drawText(QRectF(0, y(v) - 8, 44, 16), Qt.AlignRight | Qt.AlignVCenter, text)
        n = len(self.points)

        def x(i):
            return area.left() + (area.width() * i / (n - 1) if n > 1 else area.width() / 2)
        p.setPen(QPen(QColor("#1565c0"), 1.6))
        for i in range(1, n):
            p.drawLine(QPointF(x(i - 1), y(self.points[i - 1][1])), QPointF(x(i), y(self.points[i][1])))
        for i, (_, v) in enumerate(self.points):
            outside = (self.lo is not None and v < self.lo) or (self.hi is not None and v > self.hi)
            colour = QColor("#c62828") if outside else QColor("#1565c0")
            p.setPen(colour)
            p.setBrush(colour)
            p.drawEllipse(QPointF(x(i), y(v)), 3.2 if outside else 2.2, 3.2 if outside else 2.2)
        p.setPen(QColor("#616161"))
        first, last = self.points[0][0], self.points[-1][0]
        p.drawText(QRectF(area.left(), area.bottom() + 4, 120, 18), Qt.AlignLeft, f"{first:%m/%d}")
        p.drawText(QRectF(area.right() - 120, area.bottom() + 4, 120, 18), Qt.AlignRight, f"{last:%m/%d}")
        p.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), 18), Qt.AlignHCenter, self.unit)


class HistoryPanel(QWidget):
    """The rounds done of a template at a place, newest first, and a chosen item's trend."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.key: tuple[str, str] | None = None
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.item = QComboBox()
        self.item.setObjectName("trendItem")
        self.item.currentIndexChanged.connect(self._trend)
        self.chart = TrendChart()
        row = QHBoxLayout()
        self.item_caption = QLabel()
        row.addWidget(self.item_caption)
        row.addWidget(self.item, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.caption)
        lay.addWidget(self.table, 3)
        lay.addLayout(row)
        lay.addWidget(self.chart, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Round"), self.tr("Inspector"),
                                              self.tr("Findings"), self.tr("Abnormal items")])
        self.item_caption.setText(self.tr("Trend of"))
        if self.key:
            self.show_for(*self.key)

    def show_for(self, template: str, place: str) -> None:
        from frontdesk.store import inspection_history, inspections
        self.key = (template, place)
        tpl = inspections.template(self.ctx.db, template)
        self.caption.setText(f"{tpl['title']} · {place}")
        rows = inspection_history.history(self.ctx.db, template, place, limit=60)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            bad = [x for x in r["results"] if x["result"] == "abnormal"]
            closed = self.tr("closed") if r["findings"] and not r["open_findings"] else ""
            findings = f"{r['findings']}" + (f" ({closed})" if closed else "") if r["findings"] else ""
            if r.get("score") is not None:
                findings = (findings + " · " if findings else "") + f"{r['score']:g}"
            texts = [(r["done_at"] or "")[:16].replace("T", " "), r["number"], r["inspector"], findings,
                     "；".join(x["item"] + (f" {x['value']:g}{x['unit']}" if x["value"] is not None else "")
                              + (f" → {x['ticket']}" if x.get("ticket") else "") for x in bad)]
            for c, t in enumerate(texts):
                cell = QTableWidgetItem(t)
                if c == 3 and r["open_findings"]:
                    cell.setForeground(QColor(COLOURS["late"]))
                self.table.setItem(i, c, cell)
        self.table.resizeColumnsToContents()
        measured = [i["name"] for i in tpl["items"] if i["judged"] != "normal_abnormal"]
        self.item.blockSignals(True)
        current = self.item.currentText()
        self.item.clear()
        self.item.addItems(measured)
        if current in measured:
            self.item.setCurrentText(current)
        self.item.blockSignals(False)
        self.item.setEnabled(bool(measured))
        self._trend()

    def _trend(self) -> None:
        from frontdesk.store import inspection_history
        if not self.key or not self.item.currentText():
            self.chart.set_trend(None)
            return
        self.chart.set_trend(inspection_history.reading_trend(self.ctx.db, *self.key, self.item.currentText()))
