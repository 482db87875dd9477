"""The look: a CJK-capable default font and a modest stylesheet (calm, readable, clear selected state)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

#: Preferred CJK UI families, best first (Linux, Windows, macOS, fallbacks).
CJK_FAMILIES = ("WenQuanYi Micro Hei", "Microsoft YaHei", "Microsoft YaHei UI", "Noto Sans CJK SC",
                "Source Han Sans SC", "PingFang SC", "Noto Sans SC", "SimHei", "Droid Sans Fallback")
#: Font files tried when no family above is installed (registered for this process only).
CJK_FILES = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "C:/Windows/Fonts/msyh.ttc",
             "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
POINT_SIZE = 10.5   # about 14 px at 96 dpi

STYLESHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
#header { background: #ffffff; border-bottom: 1px solid #dfe3e8; }
#centreName { font-size: 15px; font-weight: bold; color: #1f3a5f; padding-right: 12px; }
#userLabel { color: #4a5563; }
QListWidget#nav { background: #1f3a5f; color: #e8eef6; border: none; outline: 0; padding-top: 8px; }
QListWidget#nav::item { padding: 10px 18px; border-left: 4px solid transparent; }
QListWidget#nav::item:hover { background: #2b4c78; }
QListWidget#nav::item:selected { background: #f6f7f9; color: #1f3a5f; border-left: 4px solid #e07b00;
                                 font-weight: bold; }
#lockScreen { background: #1f3a5f; }
#lockPanel { background: #ffffff; border-radius: 8px; }
#lockTitle { font-size: 18px; font-weight: bold; color: #1f3a5f; }
#errorLabel { color: #c0392b; }
#overdueLabel[overdue="true"] { color: #c0392b; font-weight: bold; }
#hintLabel { color: #6b7480; }
QListWidget#answerList::item { padding: 4px 6px; }
QTextBrowser#answerText { font-size: 16px; padding: 6px; }
QStatusBar { background: #ffffff; border-top: 1px solid #dfe3e8; }
QStatusBar QLabel { padding: 0 8px; }
"""


def cjk_family() -> str | None:
    """The first CJK family available, registering a known font file if none is installed."""
    families = set(QFontDatabase.families())
    for name in CJK_FAMILIES:
        if name in families:
            return name
    for path in CJK_FILES:
        if Path(path).exists():
            font_id = QFontDatabase.addApplicationFont(path)
            found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if found:
                return found[0]
    return None


def apply(app: QApplication) -> None:
    """Set the default font and the stylesheet on the application."""
    family = cjk_family()
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSizeF(POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    palette = app.palette()                     # placeholders light and clearly not a value (issue 10 #35)
    palette.setColor(QPalette.PlaceholderText, QColor("#a9b0ba"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
