"""Finding and registering a TrueType CJK font to embed (subset) in every document; CID font as a last resort."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

#: The built-in CID font: no embedding, so a last resort (docs/architecture.md, Speed rules 8).
CID_FONT = "STSong-Light"
CID_WARNING = ("未找到可嵌入的中文 TrueType 字体，已改用内置字体 STSong-Light（不嵌入文件，"
               "换一台电脑或打印机可能显示不同）。请在设置中指定字体文件（font_path）。")


@dataclass(frozen=True)
class FontInfo:
    """A registered font: `name` is the reportlab font name to use, `bold` its bold (or the same) name."""
    name: str
    path: str | None
    embedded: bool
    warning: str | None = None
    bold: str = ""

    def __post_init__(self):
        if not self.bold:
            object.__setattr__(self, "bold", self.name)


_CACHE: dict[str, FontInfo] = {}
_BY_PATH: dict[str, FontInfo | None] = {}


def _windows_candidates() -> list[tuple[str, str | None]]:
    """Windows system fonts: (regular, bold or None)."""
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [(str(fonts / "msyh.ttc"), str(fonts / "msyhbd.ttc")), (str(fonts / "simsun.ttc"), None),
            (str(fonts / "simhei.ttf"), None), (str(fonts / "simkai.ttf"), None)]


LINUX_CANDIDATES: list[tuple[str, str | None]] = [
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", None),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", None),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", None),
    ("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansSC-Bold.ttf"),
    ("/usr/share/fonts/truetype/noto-cjk/NotoSansCJK-Regular.ttc", None),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", None),
    ("/usr/share/fonts/truetype/arphic/ukai.ttc", None),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", None),
    ("/System/Library/Fonts/STHeiti Light.ttc", "/System/Library/Fonts/STHeiti Medium.ttc"),
]


def _fontconfig_candidates() -> list[tuple[str, str | None]]:
    """Other Chinese fonts fontconfig knows, TrueType outlines only (.ttf/.ttc; CFF .otf cannot be embedded)."""
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = sorted({line.split(":")[0].strip() for line in out.splitlines() if line.strip()})
    return [(f, None) for f in files if f.lower().endswith((".ttf", ".ttc"))]


def candidates(path: str | None = None) -> list[tuple[str, str | None]]:
    """Where to look, in order: the configured path, the platform's usual fonts, then fontconfig."""
    found: list[tuple[str, str | None]] = [(path, None)] if path else []
    if sys.platform.startswith("win"):
        found += _windows_candidates()
    found += LINUX_CANDIDATES
    return found


def _try_register(path: str, bold_path: str | None) -> FontInfo | None:
    """Register one TrueType file (subfont 0 of a .ttc) and its bold; None when it cannot be used."""
    if path not in _BY_PATH:
        _BY_PATH[path] = _load(path, bold_path)
    return _BY_PATH[path]


def _load(path: str, bold_path: str | None) -> FontInfo | None:
    """Load and register one font file (about 0.1 s for a .ttc, so done once per path)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont
    if not path or not os.path.isfile(path):
        return None
    name = "FD-" + Path(path).stem
    try:
        font = TTFont(name, path, subfontIndex=0) if path.lower().endswith(".ttc") else TTFont(name, path)
        if 0x4E2D not in font.face.charToGlyph:         # 中: not a Chinese font
            return None
        pdfmetrics.registerFont(font)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None
    bold = name
    if bold_path and os.path.isfile(bold_path):
        bname = "FD-" + Path(bold_path).stem
        try:
            pdfmetrics.registerFont(TTFont(bname, bold_path, subfontIndex=0)
                                    if bold_path.lower().endswith(".ttc") else TTFont(bname, bold_path))
            bold = bname
        except (TTFError, OSError, ValueError, KeyError, IndexError):
            bold = name
    pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)
    return FontInfo(name=name, path=path, embedded=True, warning=None, bold=bold)


def _cid_font(tried: str | None) -> FontInfo:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    warning = CID_WARNING if not tried else f"字体文件 {tried} 无法使用。" + CID_WARNING
    return FontInfo(name=CID_FONT, path=None, embedded=False, warning=warning, bold=CID_FONT)


def register_cjk_font(path: str | None = None) -> FontInfo:
    """The font to print with: `path` (settings font_path) if usable, else the system's; cached per process."""
    key = path or ""
    if key in _CACHE:
        return _CACHE[key]
    info = None
    for regular, bold in candidates(path):
        info = _try_register(regular, bold)
        if info:
            break
    if info is None:
        for regular, bold in _fontconfig_candidates():
            info = _try_register(regular, bold)
            if info:
                break
    if info is None:
        info = _cid_font(path)
    elif path and info.path != path:
        info = FontInfo(info.name, info.path, True, f"字体文件 {path} 无法使用，已改用 {info.path}。", info.bold)
    _CACHE[key] = info
    return info
