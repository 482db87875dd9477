"""Small bar and line charts painted with QPainter (QtCharts is not in PySide6-Essentials); every bar and
point carries its number, so the chart can be read without the table."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BLUE, GREEN, RED, BROWN = QColor("#3366b3"), QColor("#339a4d"), QColor("#cc4033"), QColor("#99661a")


def nice_top(value: float) -> float:
    """The axis top: the smallest of 1, 2, 2.5, 5 × 10^k at or above `value`, so five ticks are round."""
    if value <= 0:
        return 5
    import math
    k = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if m * k >= value:
            return m * k
    return 10 * k


class _Chart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.setMinimumSize(300, 240)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def _frame(self, p: QPainter) -> QRectF:
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        f = QFont(self.font())
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor("#1f3a5f"))
        p.drawText(QRectF(0, 4, self.width(), 20), Qt.AlignHCenter | Qt.AlignVCenter, self.title)
        p.setFont(self.font())
        return QRectF(42, 30, max(self.width() - 54, 10), max(self.height() - 30 - 44, 10))

    def _axis(self, p: QPainter, area: QRectF, top: float, fmt: str) -> None:
        p.setPen(QPen(QColor("#dddddd"), 1))
        for k in range(6):
            y = area.bottom() - area.height() * k / 5
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(0, y - 8, area.left() - 4, 16), Qt.AlignRight | Qt.AlignVCenter, fmt % (top * k / 5))
            p.setPen(QPen(QColor("#dddddd"), 1))
        p.setPen(QColor("#333333"))
        n = max(len(self.labels), 1)
        for i, label in enumerate(self.labels):
            x = area.left() + (i + 0.5) * area.width() / n
            p.drawText(QRectF(x - area.width() / n / 2, area.bottom() + 3, area.width() / n, 16),
                       Qt.AlignHCenter | Qt.AlignTop, label)


class BarChart(_Chart):
    """Vertical bars with their values above them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: list[float] = []
        self.fmt = "%d"
        self.colour = BLUE

    def set_data(self, title: str, labels: list[str], values: list[float], fmt: str = "%d") -> None:
        self.title, self.labels, self.values, self.fmt = title, list(labels), list(values), fmt
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        area = self._frame(p)
        top = nice_top(max(self.values or [0]) * 1.1)
        if self.fmt == "%d":                      # counts tick in whole numbers (0, 1, ... 5), never 0.4 of one
            top = max(top, 5)
        self._axis(p, area, top, "%.0f" if top >= 5 else "%.1f")
        n = max(len(self.values), 1)
        slot = area.width() / n
        for i, v in enumerate(self.values):
            h = area.height() * v / top
            bar = QRectF(area.left() + i * slot + slot * 0.2, area.bottom() - h, slot * 0.6, h)
            p.fillRect(bar, self.colour)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(bar.left() - 10, bar.top() - 17, bar.width() + 20, 16), Qt.AlignHCenter | Qt.AlignBottom,
                       self.fmt % v)
        p.end()


class LineChart(_Chart):
    """Rates (0..1) over months as lines in percent; a month without data is a gap; dashed target lines."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: list[tuple[str, list[float | None], QColor]] = []
        self.targets: list[tuple[str, float, QColor]] = []

    def set_data(self, title: str, labels: list[str], series, targets=()) -> None:
        self.title, self.labels, self.series, self.targets = title, list(labels), list(series), list(targets)
        self.update()

    def plot_area(self, frame: QRectF) -> QRectF:
        """Where the lines go: room below for the legend, above for labels at 100%, right for target names."""
        area = QRectF(frame)
        area.setBottom(area.bottom() - 18)
        area.setTop(area.top() + 14)
        if self.targets:                                         # target names beside the plot, not on points
            room = max(self.fontMetrics().horizontalAdvance(name) for name, _, _ in self.targets) + 8
            area.setRight(area.right() - min(room, area.width() / 3))
        return area

    def target_label_boxes(self, area: QRectF) -> list[QRectF]:
        """Where each target's name is written, beside its line: targets close together (目标 85% and 累计目标 80%
        are 5 points apart) had their names drawn over each other, so names too close are moved apart, the
        higher target's name above."""
        from frontdesk.core.layout import spread
        line_h = 16.0
        ys = [area.bottom() - area.height() * min(value, 1.0) for _, value, _ in self.targets]
        placed = spread(ys, line_h, line_h / 2, self.height() - line_h / 2)
        return [QRectF(area.right() + 4, placed[i] - line_h / 2, self.width() - area.right() - 4, line_h)
                for i in range(len(ys))]

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        area = self.plot_area(self._frame(p))
        self._axis(p, area, 100, "%.0f%%")
        n = max(len(self.labels), 1)

        def pt(i: int, v: float) -> QPointF:
            return QPointF(area.left() + (i + 0.5) * area.width() / n, area.bottom() - area.height() * min(v, 1.0))

        for (name, value, colour), box in zip(self.targets, self.target_label_boxes(area)):
            p.setPen(QPen(colour, 1, Qt.DashLine))
            y = pt(0, value).y()
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(box, Qt.AlignLeft | Qt.AlignVCenter, name)
        for k, (_name, values, colour) in enumerate(self.series):
            p.setPen(QPen(colour, 2))
            prev = None
            for i, v in enumerate(values):
                if v is None:
                    prev = None
                    continue
                here = pt(i, v)
                if prev is not None:
                    p.drawLine(prev, here)
                p.setBrush(colour)
                p.drawEllipse(here, 3, 3)
                others = [vals[i] for j, (_, vals, _) in enumerate(self.series)
                          if j != k and i < len(vals) and vals[i] is not None]
                dy = -18 if all(v >= o for o in others) else 3      # the upper line labels above
                if here.y() + dy + 15 > area.bottom():                 # never down among the month names
                    dy = -18
                p.drawText(QRectF(here.x() - 20, here.y() + dy, 40, 15), Qt.AlignHCenter | Qt.AlignVCenter,
                           f"{v * 100:.0f}")
                prev = here
        x = area.left()
        for name, _, colour in self.series:                      # the legend
            y = self.height() - 12
            p.setPen(QPen(colour, 3))
            p.drawLine(QPointF(x, y), QPointF(x + 18, y))
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(x + 22, y - 8, 180, 16), Qt.AlignLeft | Qt.AlignVCenter, name)
            x += 40 + p.fontMetrics().horizontalAdvance(name)
        p.end()
