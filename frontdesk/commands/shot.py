"""frontdesk shot: render one page of the window offscreen to a PNG (the README's pictures)."""
from __future__ import annotations

import os
import re
import sys

from frontdesk.cli import UsageError, existing_db_path


def register(sub) -> None:
    """Add `frontdesk shot`."""
    p = sub.add_parser("shot", help="render one page of the window to a PNG, offscreen (nothing appears on screen)",
                       description="Render the whole main window with one page shown, with the current data, "
                                   "logged in as the centre's first admin, to a PNG file.")
    p.add_argument("--page", required=True, help="the page: dashboard, intake, board, archive, inspections, print, "
                                                 "reports, answers or settings (those in this version)")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    p.add_argument("--size", default="1366x768", metavar="WxH", help="window size in pixels (default 1366x768)")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="the language (default: the centre's setting)")
    p.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    """WIDTHxHEIGHT as two integers, or bad usage."""
    match = re.fullmatch(r"(\d{1,5})[xX×](\d{1,5})", text.strip())
    if not match or int(match[1]) < 320 or int(match[2]) < 240:
        raise UsageError(f"--size: '{text}' is not WIDTHxHEIGHT of at least 320x240, e.g. 1366x768")
    return int(match[1]), int(match[2])


def run(args) -> int:
    """Check the page and size, then render."""
    width, height = _size(args.size)
    if not args.out.lower().endswith(".png"):
        raise UsageError("--out: give a .png file")
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from frontdesk.core.errors import Refused
    from frontdesk.ui import pages
    valid = [key for key, _ in pages.available()]
    if args.page not in valid:
        raise Refused("unknown_page", f"unknown page '{args.page}' (valid: {', '.join(valid)})")
    saved = render(existing_db_path(args), args.page, args.out, (width, height), lang=args.lang)
    print(saved)
    return 0


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it cannot honour; that noise is not ours."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        """Pass every Qt message but the offscreen size-hint warning."""
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")
    qInstallMessageHandler(handler)


def render(path, page: str, out: str, size: tuple[int, int], *, lang: str | None = None) -> str:
    """Show `page` in a main window of `size` logged in as the first admin, and grab it to `out`."""
    from PySide6.QtCore import QEventLoop, QTimer

    from frontdesk.core.errors import Refused
    from frontdesk.store import settings, staff
    from frontdesk.ui import i18n
    from frontdesk.ui.app import make_app
    from frontdesk.ui.context import AppContext
    quiet_offscreen_warnings()
    app = make_app()
    ctx = AppContext(path)
    try:
        admin = staff.first_admin(ctx.db)
        if admin is None:
            raise Refused("not_initialised", "the centre is not set up: run 'frontdesk init' or 'frontdesk demo'")
        i18n.install(app, lang or settings.get(ctx.db, "language") or i18n.DEFAULT)
        ctx.set_user(admin)
        from frontdesk.ui.main_window import MainWindow
        window = MainWindow(ctx, remember=False)
        window.idle.stop()
        window.resize(*size)
        window.show()
        window.show_page(page)
        loop = QEventLoop()
        QTimer.singleShot(400, loop.quit)       # let pages finish quick background loads and lay out
        loop.exec()
        window.resize(*size)
        image = window.grab()
        if not image.save(out, "PNG"):
            raise Refused("write_failed", f"{out}: could not write the PNG")
        window.close()
        window.deleteLater()
        return os.path.abspath(out)
    finally:
        ctx.close()
        sys.stdout.flush()
