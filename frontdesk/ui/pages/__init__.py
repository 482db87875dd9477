"""The left navigation's pages, in order (docs/architecture.md, The window). Each module defines `Page(ctx)`, a QWidget with
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
    ("sync", "frontdesk.ui.pages.sync"),                # 同步 (admin, supervisor)
    ("settings", "frontdesk.ui.pages.settings"),        # 设置
    ("audit", "frontdesk.ui.pages.audit"),              # 审计日志 (supervisors, admins)
)


def available() -> list[tuple[str, object]]:
    """(key, module) for every page, in the navigation's order."""
    return [(key, importlib.import_module(name)) for key, name in PAGES]
