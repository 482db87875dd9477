"""Reading PDFs back: text (pdftotext), fonts (pdffonts), pages (pypdf), pixels (pdftoppm)."""
from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> str:
    """The text of the whole PDF as pdftotext extracts it."""
    src = tmp_path / "read.pdf"
    src.write_bytes(pdf)
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(src), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[dict]:
    """One dict per font: name, type, emb (yes/no)."""
    src = tmp_path / "fonts.pdf"
    src.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(src)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name, type (1-2 words), encoding, emb, sub, uni, object, id
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def assert_all_embedded(pdf: bytes, tmp_path: Path) -> None:
    fonts = pdf_fonts(pdf, tmp_path)
    assert fonts, "no fonts in the PDF"
    for f in fonts:
        assert f["emb"] == "yes", f["line"]


def page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_texts(pdf: bytes) -> list[str]:
    import io

    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def render_variance(pdf: bytes, tmp_path: Path, page: int = 1) -> float:
    """Pixel variance of one page rendered at 40 dpi in grey: 0 for a blank page."""
    from PIL import Image, ImageStat
    src = tmp_path / "render.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-png", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile",
                    str(src), str(tmp_path / "render")], check=True)
    with Image.open(tmp_path / "render.png") as im:
        return ImageStat.Stat(im).var[0]
