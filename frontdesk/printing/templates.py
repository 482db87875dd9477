"""The templates shipped in resources/templates: text with placeholders, and inspection items as JSON."""
from __future__ import annotations

import json
from pathlib import Path

from frontdesk import RESOURCES
from frontdesk.core.errors import NotFound
from frontdesk.core.templates import KINDS, split_title

TEMPLATE_DIR = RESOURCES / "templates"


def _path(kind: str, name: str) -> Path:
    return TEMPLATE_DIR / kind / (name + (".json" if kind == "inspection" else ".txt"))


def shipped_names(kind: str) -> list[str]:
    """The short names shipped for a kind, sorted (free-text last for notices)."""
    folder = TEMPLATE_DIR / kind
    if kind not in KINDS or not folder.is_dir():
        return []
    names = sorted(p.stem for p in folder.iterdir() if p.suffix in (".txt", ".json"))
    return sorted(names, key=lambda n: n == "free-text")


def shipped(kind: str, name: str) -> dict:
    """One shipped template: {'kind', 'name', 'title', 'body'} (body is JSON text for inspections)."""
    path = _path(kind, name)
    if not path.is_file():
        raise NotFound(f"{kind} template", name, shipped_names(kind))
    text = path.read_text(encoding="utf-8")
    if kind == "inspection":
        return {"kind": kind, "name": name, "title": json.loads(text).get("title", name), "body": text}
    title, body = split_title(text)
    return {"kind": kind, "name": name, "title": title, "body": body}
