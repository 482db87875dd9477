"""The left navigation's pages, in order (DESIGN §4). Each module defines `Page(ctx)`, a QWidget with
`key`, a `title()` (translated) and `refresh()`. A page appears only when its module exists."""
from __future__ import annotations

import importlib

#: (key, module) in navigation order. `frontdesk shot --page KEY` uses the same keys.
PAGES = (
    ("dashboard", "frontdesk.ui.pages.dashboard"),      # 工作台
    ("intake", "frontdesk.ui.pages.intake"),            # 登记 (Ctrl+N)
    ("board", "frontdesk.ui.pages.board"),              # 看板
    ("archive", "frontdesk.ui.pages.archive"),          # 档案
    ("inspections", "frontdesk.ui.pages.inspections"),  # 巡检
    ("print", "frontdesk.ui.pages.print_centre"),       # 打印
    ("reports", "frontdesk.ui.pages.reports"),          # 报表
    ("answers", "frontdesk.ui.pages.answers"),          # 常用答复
    ("settings", "frontdesk.ui.pages.settings"),        # 设置
)


def available() -> list[tuple[str, object]]:
    """(key, module) for the pages that exist in this build."""
    out = []
    for key, name in PAGES:
        try:
            out.append((key, importlib.import_module(name)))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return out
