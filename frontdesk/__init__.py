"""frontdesk — the front-desk program of a property-management service centre (物业服务中心客服前台)."""
import os
import sys
from pathlib import Path

__version__ = "0.1.0"


def resources_dir() -> Path:
    """The shipped resources folder (templates, translations, icons), wherever the program runs from.

    FRONTDESK_RESOURCES wins when set; a PyInstaller build carries them beside its modules (sys._MEIPASS);
    otherwise they are `resources/` at the top of the source tree (an editable install points there)."""
    override = os.environ.get("FRONTDESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """One shipped file or folder, e.g. resource("icons", "frontdesk.png")."""
    return RESOURCES.joinpath(*parts)


#: Shipped resources (templates, translations, icons): the one place every module finds them.
RESOURCES = resources_dir()
