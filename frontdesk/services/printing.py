"""Printing use cases (CLI and GUI alike): fetch from the store, lay out with printing/, record what was
printed (printed_documents + audit + a 'letter' event on the ticket). No Qt here.

prepare_* builds the PDF without writing anything (the preview); record() keeps it once printed or saved;
print_to_file() does both for the command line."""
from __future__ import annotations

from typing import Any
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from frontdesk.core.errors import Invalid, NotFound, Refused
from frontdesk.core.templates import KINDS as TEMPLATE_KINDS
from frontdesk.core.templates import validate_inspection, validate_template

#: The document kinds of `frontdesk print KIND` (docs/architecture.md, The command line) and their Chinese names.
KINDS = ("complaint-reply", "callback-letter", "notice", "work-order", "inspection-sheet", "survey-form")
KIND_ZH = {"complaint-reply": "投诉处理回复函", "callback-letter": "回访函", "notice": "通知",
           "work-order": "维修派工单", "inspection-sheet": "巡检表", "survey-form": "满意度调查表"}
TICKET_KINDS = ("complaint-reply", "callback-letter", "work-order")
UNIT_KINDS = ("notice", "survey-form")
#: Which ticket types each ticket document is for.
TICKET_TYPES = {"complaint-reply": ("complaint", "suggestion"), "work-order": ("repair", "complaint"),
                "callback-letter": ("repair", "complaint", "suggestion", "inquiry", "praise")}
#: The template kind (resources/templates/<kind>/) each document kind uses.
TEMPLATE_OF = {"complaint-reply": "complaint-reply", "callback-letter": "callback-letter", "notice": "notice",
               "survey-form": "survey-form", "inspection-sheet": "inspection"}

__all__ = ["KINDS", "KIND_ZH", "Prepared", "prepare_ticket_document", "prepare_unit_documents",
           "prepare_inspection_sheet", "prepare", "record", "print_to_file", "merge_job", "validate_template",
           "save_template", "template_for", "template_names", "letterhead", "centre", "font_of", "Cancelled"]


class Cancelled(Refused):
    """The user cancelled a mail merge: no file is written and nothing recorded."""

    def __init__(self):
        super().__init__("cancelled", "cancelled: nothing was printed or recorded")


@dataclass
class Prepared:
    """A laid-out document (or a merge of many) not yet recorded."""
    kind: str
    title: str
    pdf: bytes = field(repr=False)
    pages: int
    docs: list[dict] = field(default_factory=list)     # one per document: numbers, ticket/unit, pages
    warning: str | None = None

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def doc_numbers(self) -> list[str]:
        return [d["doc_number"] for d in self.docs]

    @property
    def doc_number(self) -> str:
        return self.docs[0]["doc_number"] if self.docs else ""


# ---- centre, font, templates -----------------------------------------------------------------

def centre(db: sqlite_utils.Database) -> dict:
    """The centre as every document names it, from settings only (one source): the name, the legal name that
    signs and seals (the name when none is set), the address and the service hotline."""
    from frontdesk.store.settings import get
    name = (get(db, "centre_name") or "").strip() or "物业服务中心"
    return {"centre_name": name, "legal_name": (get(db, "legal_name") or "").strip() or name,
            "centre_address": (get(db, "centre_address") or "").strip(),
            "centre_phone": (get(db, "centre_phone") or "").strip()}


def letterhead(db: sqlite_utils.Database):
    """The centre's letterhead: legal name, address and hotline from settings; the extra lines without any
    address or phone of their own (those would print twice, or print an old address after a move)."""
    from frontdesk.printing.base import Letterhead, other_details
    from frontdesk.store.settings import get
    c = centre(db)
    logo = get(db, "logo_path") or None
    lines = [kept for kept in (other_details(line) for line in get(db, "letterhead_lines") or [])
             if kept and kept not in (c["centre_name"], c["legal_name"])]
    return Letterhead(centre_name=c["legal_name"], address=c["centre_address"], phone=c["centre_phone"],
                      lines=lines, logo_path=logo if logo and Path(logo).is_file() else None)


def font_of(db: sqlite_utils.Database):
    """The font to print with: settings font_path when usable, else the system's CJK TrueType font."""
    from frontdesk.printing.fonts import register_cjk_font
    from frontdesk.store.settings import get
    return register_cjk_font(get(db, "font_path") or None)


def template_names(db: sqlite_utils.Database, kind: str) -> list[str]:
    """Shipped and admin-made template names for a template kind."""
    from frontdesk.printing.templates import shipped_names
    from frontdesk.store.printed import edited_names
    names = shipped_names(kind)
    return names + [n for n in edited_names(db, kind) if n not in names]


def template_for(db: sqlite_utils.Database, kind: str, name: str) -> dict:
    """The admin's edited copy when there is one, else the shipped template."""
    from frontdesk.printing.templates import shipped
    from frontdesk.store.printed import edited_template
    edited = edited_template(db, kind, name)
    if edited:
        return edited
    try:
        return shipped(kind, name)
    except NotFound:
        raise NotFound(f"{kind} template", name, template_names(db, kind)) from None


def save_template(db: sqlite_utils.Database, actor: dict | None, kind: str, name: str, body: str,
                  title: str = "") -> dict:
    """Keep an admin's edited template; an unknown placeholder is refused, naming it."""
    from frontdesk.store.printed import save_template as store_save
    _admin_only(actor)
    if kind not in TEMPLATE_KINDS:
        raise Invalid("kind", f"unknown template kind '{kind}'", valid=TEMPLATE_KINDS)
    name = (name or "").strip()
    if not name or not all(c.isalnum() or c in "-_" for c in name):
        raise Invalid("name", "a short name like water-outage (letters, digits, - and _)")
    validate_template(kind, body)
    if kind != "inspection":
        validate_template(kind, title or "x")
    else:
        title = title or validate_inspection(body)["title"]
    return store_save(db, actor, kind, name, title, body)


def reset_template(db: sqlite_utils.Database, actor: dict | None, kind: str, name: str) -> None:
    """Back to the shipped text (the admin's copy is marked deleted)."""
    from frontdesk.store.printed import reset_template as store_reset
    _admin_only(actor)
    store_reset(db, actor, kind, name)


def _admin_only(actor: dict | None) -> None:
    if not actor or actor.get("role") != "admin":
        raise Refused("role", "only an admin edits templates", role=(actor or {}).get("role"), roles=["admin"])


# ---- values ----------------------------------------------------------------------------------

def _centre_values(db, day: dt.date) -> dict:
    from frontdesk.printing.base import zh_date
    c = centre(db)
    return {**c, "centre_name": c["legal_name"], "date": zh_date(day)}


#: A clause of the description that is a note for the desk (when the owner is in, how to reach them), not the
#: matter itself: letters to the owner leave it out of the gist.
DESK_NOTE = re.compile(r"在家|上班|不在|联系|电话|手机|预约|[点时]后|[点时]前|上午|下午|晚上|周末|钥匙|方便")


def _gist(text: str, limit: int = 40) -> str:
    """The matter's gist for a letter: its first sentence without the desk's notes, cut to `limit` characters."""
    t = " ".join((text or "").split())
    for stop in "。！？!?\n":
        if stop in t[:limit + 1]:
            t = t[:t.index(stop)]
            break
    clauses = re.split(r"[，,；;]", t)
    kept = [c for c in clauses[1:] if c.strip()]
    while kept and DESK_NOTE.search(kept[-1]):
        kept.pop()
    t = "，".join([clauses[0]] + kept).strip()
    return t if len(t) <= limit else t[:limit] + "……"


def _ticket_values(db, t: dict, day: dt.date) -> dict:
    from frontdesk.printing.base import zh_date
    from frontdesk.store.staff import by_id
    fr = by_id(db, t["first_responder_id"]) or {}
    contact = f"{fr.get('department') or '客服中心'}{fr.get('display_name') or ''}".strip()
    from .letter_values import sentence
    handling = sentence(t.get("handling_text") or "")        # written for the owner; internal notes never are
    from frontdesk.printing.base import unit_zh
    return {**_centre_values(db, day), "owner_name": t.get("person") or "", "unit": unit_zh(t.get("unit")),
            "building": f"{t['unit'].split('-')[0]}栋" if t.get("unit") else "",
            "ticket_number": t["number"], "category": t["category"],
            "complaint_date": zh_date(t["received_at"]), "received_date": zh_date(t["received_at"]),
            "done_date": zh_date(t["done_at"] or t["verified_at"] or t["notified_at"]) if (
                t.get("done_at") or t.get("verified_at") or t.get("notified_at")) else "",
            "gist": _gist(t["description"]), "handling": handling, "contact": contact}


# ---- preparing -------------------------------------------------------------------------------

def _build(db, kind: str, story: list, doc_number: str, *, landscape: bool = False,
           title: str | None = None) -> tuple[bytes, dict, Any]:
    """Lay out `story` with the letterhead; the footer names the document (停水通知, not just 通知)."""
    from frontdesk.printing.base import build_pdf
    font = font_of(db)
    stats: dict = {}
    pdf = build_pdf(story, letterhead=letterhead(db), title=title or KIND_ZH[kind], doc_number=doc_number,
                    landscape=landscape, font=font, stats=stats)
    return pdf, stats, font


def check_ticket_document(db: sqlite_utils.Database, kind: str, number: str) -> dict:
    """Refuse a ticket document that would not tell the truth (wrong type, cancelled, a callback letter for
    unfinished or already rated work) before anything is asked or laid out; returns the ticket."""
    from frontdesk.store import tickets
    if kind not in TICKET_KINDS:
        raise Invalid("kind", f"'{kind}' is not printed for a ticket", valid=TICKET_KINDS)
    t = tickets.raw(db, number)
    if t["type"] not in TICKET_TYPES[kind]:
        article = "an" if t["type"][:1] in "aeiou" else "a"
        raise Refused("type", f"a {kind} is printed for {' or '.join(TICKET_TYPES[kind])} tickets; "
                      f"{t['number']} is {article} {t['type']} ticket", type=t["type"])
    if t["status"] == "cancelled":
        raise Refused("cancelled", f"{t['number']} was cancelled: no {kind} is printed for it", status="cancelled")
    if kind == "callback-letter":
        from .letter_values import callback_values
        callback_values(t, {})
    return t


def prepare_ticket_document(db: sqlite_utils.Database, kind: str, number: str, *, template: str | None = None,
                            day: dt.date | None = None) -> Prepared:
    """A complaint reply, callback letter or work order for one ticket (not yet recorded)."""
    from frontdesk.printing import letters, work_order
    from frontdesk.store.db import local_now
    from frontdesk.store.printed import next_numbers
    t = check_ticket_document(db, kind, number)
    day = day or local_now().date()
    doc_number = next_numbers(db, kind, 1, day)[0]
    values = {**_ticket_values(db, t, day), "doc_number": doc_number}
    audit_extra = {}
    if kind == "work-order":
        story = work_order.work_order(_work_order_values(db, t, values), font_of(db))
        audit_extra = {"unmasked": ["contact_phone"]}          # the technician must call: an audited reveal
    else:
        tpl = template_for(db, TEMPLATE_OF[kind], template or "default")
        if kind == "callback-letter":
            from .letter_values import callback_values
            values = callback_values(t, values)
        fn = letters.complaint_reply if kind == "complaint-reply" else letters.callback_letter
        story = fn(values, tpl, font_of(db))
    pdf, stats, font = _build(db, kind, story, doc_number)
    doc = {"kind": kind, "doc_number": doc_number, "ticket_id": t["id"], "ticket_number": t["number"],
           "unit_id": t["unit_id"], "unit": t.get("unit"), "pages": stats["pages"],
           "detail": {"template": template or ("default" if kind != "work-order" else None)}, "audit": audit_extra}
    return Prepared(kind, f"{KIND_ZH[kind]} {t['number']}", pdf, stats["pages"], [doc], font.warning)


def _work_order_values(db, t: dict, values: dict) -> dict:
    """The work order's values; on a reprint what is known of the visit (dispatch, arrival, finish, rating)."""
    from frontdesk.store.settings import get, sla_rules
    from frontdesk.store.staff import by_id
    handler = by_id(db, t["handler_id"]) if t.get("handler_id") else None
    place = "户内" if t.get("place") == "unit" else "公共区域"
    if t.get("place_detail"):
        place += f"：{t['place_detail']}"
    fr = by_id(db, t["first_responder_id"]) or {}
    moved = {to: at for to, at in db.execute(
        "SELECT to_status, min(at) FROM ticket_events WHERE ticket_id = ? AND kind = 'moved' GROUP BY to_status",
        [t["id"]])}

    def when(iso: str | None) -> str:
        return (iso or "").replace("T", " ")[:16]
    urgent_minutes = (sla_rules(db).get("repair_urgent") or {}).get("minutes") or 30
    return {**values, "received": when(t["received_at"]), "urgent": bool(t["urgent"]),
            "urgent_minutes": urgent_minutes, "place": place, "contact_name": t.get("person") or "",
            "contact_phone": t.get("contact_phone") or "",
            "handler": (f"{handler['display_name']}（{handler.get('department') or ''}）" if handler
                        else t.get("department") or ""),
            "first_responder": fr.get("display_name") or "", "due": when(t["due_at"]),
            "description": t["description"], "appointment": t.get("preferred_time") or "",
            "dispatched": when(moved.get("dispatched")), "arrived": when(moved.get("in_progress")),
            "finished": when(t.get("done_at")), "rating": t.get("satisfaction") or "",
            "result": "已修复" if t.get("verified_at") else None,
            "parts": bool(get(db, "work_order_parts"))}


def _unit_values(u: dict) -> dict:
    from frontdesk.printing.base import unit_zh
    return {"owner_name": u.get("owner_name") or "", "unit": unit_zh(u["code"]), "building": f"{u['building']}栋",
            "property_type": u.get("property_type") or ""}


def prepare_unit_documents(db: sqlite_utils.Database, kind: str, selection: str = "all", *, filters=None,
                           template: str | None = None, values: dict | None = None, text: str | None = None,
                           title: str | None = None, public: bool = False, day: dt.date | None = None,
                           limit: int | None = None, abort=None, report=None) -> Prepared:
    """Notices or survey forms, one per unit of the selection in ONE PDF (mail merge), or one public notice.
    abort() is checked as it goes; on cancel Cancelled is raised and nothing is written."""
    from frontdesk.printing import notices
    from frontdesk.store.db import local_now
    from frontdesk.store.printed import next_numbers, select_units
    if kind not in UNIT_KINDS:
        raise Invalid("kind", f"'{kind}' is not printed for units", valid=UNIT_KINDS)
    day = day or local_now().date()
    base = {**_centre_values(db, day), **{k: v for k, v in (values or {}).items() if v not in (None, "")}}
    if kind == "survey-form":
        from frontdesk.store.settings import get
        base.setdefault("year", str(day.year))
        base["anonymous"] = bool(get(db, "survey_anonymous"))
    if text is not None and text.strip():
        template = template or "free-text"
        base["text"] = text.strip()
    if template == "free-text":
        if not base.get("text"):
            raise Invalid("text", "a free-text notice needs its text (--text)")
        base["title"] = (title or "通知").strip()
    tpl = template_for(db, TEMPLATE_OF[kind], template or ("default" if kind == "survey-form" else "water-outage"))
    if title and template != "free-text":
        tpl = {**tpl, "title": title}
    font = font_of(db)
    if report:
        report(0.0, "selecting units")
    if public:
        if kind != "notice":
            raise Invalid("public", "only a notice is printed as one public notice")
        notices.refuse_public(tpl)
        number = next_numbers(db, kind, 1, day)[0]
        story = notices.poster({**base, "doc_number": number}, tpl, font)
        pdf, stats, _ = _build(db, kind, story, number, title=fill_title(tpl, base))
        doc = {"kind": kind, "doc_number": number, "pages": stats["pages"],
               "detail": {"template": tpl["name"], "public": True}}
        return Prepared(kind, f"{fill_title(tpl, base)}（公告）", pdf, stats["pages"], [doc], font.warning)
    units = select_units(db, selection, filters, limit=limit)
    if not units:                                    # 'all' on a centre without units, or filters leaving none
        raise Refused("no_units", "no units are selected: import the owners' list first, or widen the selection")
    if abort and abort():
        raise Cancelled()
    numbers = next_numbers(db, kind, len(units), day)
    recipients = [_unit_values(u) for u in units]
    try:
        if kind == "notice":
            story = notices.merge(recipients, tpl, base, numbers, font, abort=abort, report=report)
        else:
            story = _survey_merge(recipients, tpl, base, numbers, font, abort, report)
        pdf, stats, _ = _build(db, kind, story, numbers[0],
                               title=fill_title(tpl, base) if kind == "notice" else None)
    except notices.Cancelled:
        raise Cancelled() from None
    if report:
        report(1.0, f"{len(units)}/{len(units)}")
    batch = {"template": tpl["name"], "batch": numbers[0], "count": len(units), "selection": selection}
    docs = [{"kind": kind, "doc_number": n, "unit_id": u["id"], "unit": u["code"],
             "pages": stats["sections"].get(n, 1), "detail": batch} for u, n in zip(units, numbers)]
    return Prepared(kind, f"{fill_title(tpl, base)}（{len(units)} 户）", pdf, stats["pages"], docs, font.warning)


def fill_title(tpl: dict, values: dict) -> str:
    from frontdesk.core.templates import fill
    return fill(tpl.get("title") or "", values) or "通知"


def _survey_merge(recipients, tpl, base, numbers, font, abort, report) -> list:
    from reportlab.platypus import PageBreak

    from frontdesk.printing import notices, survey
    story: list = []
    for i, (person, number) in enumerate(zip(recipients, numbers)):
        if i:
            story.append(PageBreak())
        story.append(notices._Progress(number, i, len(recipients), abort, report))
        person = {k: "" for k in person} if base.get("anonymous") else person    # 不记名: no name, no unit
        story += survey.survey_form({**base, **person, "doc_number": number}, tpl, font)
    return story


def inspection_places(db: sqlite_utils.Database, template: str) -> list[str]:
    """The places an inspection template has on this estate (a lift per building, the pump room, ...)."""
    from frontdesk.core.inspections import expand_places
    from frontdesk.store import inspections
    return expand_places(inspections.template(db, template)["places"], inspections.buildings(db))


def prepare_inspection_sheet(db: sqlite_utils.Database, template: str, *, place: str | None = None,
                             actor: dict | None = None, day: dt.date | None = None,
                             blank_date: bool = True) -> Prepared:
    """An inspection sheet (landscape) from an inspection template: the round's own sheet — its number as text
    and QR code, planned now if it was not — for the place named, or the template's only place here; a blank
    sheet only while the estate gives the template no place (no buildings yet for a lift per building)."""
    from frontdesk.printing import inspection
    from frontdesk.printing.base import zh_date
    from frontdesk.store.db import local_now
    from frontdesk.store.printed import next_numbers
    if not template:
        raise Invalid("template", "say which inspection template", valid=template_names(db, "inspection"))
    places = inspection_places(db, template)
    if place or len(places) == 1:
        from .inspection_sheet import prepare_round_sheet
        return prepare_round_sheet(db, actor, template, place or places[0], day=day)
    if places:
        raise Invalid("place", f"'{template}' is done at {len(places)} places here: say which one (--place)",
                      valid=places)
    tpl = template_for(db, "inspection", template)
    data = validate_inspection(tpl["body"])
    day = day or local_now().date()
    number = next_numbers(db, "inspection-sheet", 1, day)[0]
    story = inspection.sheet(data, font_of(db), date="" if blank_date else zh_date(day))
    pdf, stats, font = _build(db, "inspection-sheet", story, number, landscape=True)
    doc = {"kind": "inspection-sheet", "doc_number": number, "pages": stats["pages"],
           "detail": {"template": template}}
    return Prepared("inspection-sheet", data["title"], pdf, stats["pages"], [doc], font.warning)


def prepare(db: sqlite_utils.Database, kind: str, *, ticket: str | None = None, units: str | None = None,
            template: str | None = None, **kw) -> Prepared:
    """Any kind, as the CLI names it; says what is missing for the kind."""
    if kind not in KINDS:
        raise Invalid("kind", f"unknown document kind '{kind}'", valid=KINDS)
    if kind in TICKET_KINDS:
        if not ticket:
            raise Invalid("ticket", f"a {kind} is printed for a ticket: give --ticket NUMBER")
        return prepare_ticket_document(db, kind, ticket, template=template, day=kw.get("day"))
    if kind == "inspection-sheet":
        return prepare_inspection_sheet(db, template or "", place=kw.get("place"), actor=kw.get("actor"),
                                        day=kw.get("day"))
    kw.pop("place", None)
    kw.pop("actor", None)
    if not units and not kw.get("public"):
        raise Invalid("units", f"a {kind} goes to units: give --units SELECTION (1-, 1-2-, 3-2-1202 or all)")
    return prepare_unit_documents(db, kind, units or "all", template=template, **kw)


# ---- recording -------------------------------------------------------------------------------

def record(db: sqlite_utils.Database, prepared: Prepared, actor: dict, *, action: str = "print",
           path: str | None = None) -> list[dict]:
    """Keep a printed or saved document: printed_documents rows, audit rows and, for a ticket, a 'letter' event
    on its timeline — one transaction. A number taken meanwhile (another terminal) is refused: prepare again."""
    from frontdesk.store import printed, tickets
    from frontdesk.store.tx import writing
    checksum = prepared.checksum
    where = {"path": str(path)} if path else {}          # a saved file's audit row names it, as every export's
    docs = [{**d, "checksum": checksum, "detail": {**(d.get("detail") or {}), "action": action, **where},
             "audit": {**(d.get("audit") or {}), **where}} for d in prepared.docs]
    with writing(db):
        clash = printed.taken(db, prepared.doc_numbers)
        if clash:
            raise Refused("number_taken", f"document number {clash[0]} was used meanwhile; prepare the document "
                          "again", numbers=clash)
        rows = printed.record(db, actor, docs, action=action)
        for d in docs:
            if d.get("ticket_number"):
                verb = "保存" if action == "save" else "打印"
                tickets.add_note(db, d["ticket_number"], actor, f"{verb}{KIND_ZH[d['kind']]} {d['doc_number']}",
                                 kind="letter", data={"doc_number": d["doc_number"], "kind": d["kind"],
                                                      "checksum": checksum})
    return rows


def set_handling(db: sqlite_utils.Database, number: str, actor: dict, text: str) -> dict:
    """Keep the complaint reply's 'what was found and done' on the ticket (edited before printing)."""
    from frontdesk.store.tickets import set_handling_text
    if not (text or "").strip():
        raise Invalid("handling", "say what was found and done")
    return set_handling_text(db, number, actor, text)


def audit_preview(db: sqlite_utils.Database, prepared: Prepared, actor: dict) -> bool:
    """A preview that shows an unmasked phone (the work order) is an audited reveal; True when one was written."""
    from frontdesk.store import audit
    from frontdesk.store.tx import writing
    revealing = [d for d in prepared.docs if (d.get("audit") or {}).get("unmasked")]
    with writing(db):
        for d in revealing:
            audit.record(db, actor, "view_phone", "tickets", d.get("ticket_id"), number=d.get("ticket_number"),
                         reason=f"{KIND_ZH[d['kind']]}预览", doc_number=d["doc_number"])
    return bool(revealing)


def print_to_file(db: sqlite_utils.Database, kind: str, out: str | Path, actor: dict, **kw) -> Prepared:
    """Prepare, write the PDF (to a temporary name, then renamed) and record it: the command line's print."""
    from .files import check_out
    check_out(out)                                   # a bad --out is refused before any layout
    prepared = prepare(db, kind, actor=actor, **kw)
    save_recorded(db, prepared, actor, out)
    return prepared


def save_recorded(db: sqlite_utils.Database, prepared: Prepared, actor: dict, out: str | Path,
                  record_fn: Callable | None = None) -> Path:
    """Save the PDF only together with its record (numbers, audit rows, letter events): both or neither."""
    from .files import write_recorded
    return write_recorded(db, out, prepared.pdf, record_fn or (lambda path: record(db, prepared, actor,
                                                                                    action="save", path=path)))


def write_pdf(pdf: bytes, out: str | Path) -> Path:
    """Write whole or not at all: a temporary file beside the target, renamed when complete."""
    from .files import write_atomic
    return write_atomic(out, pdf)


def merge_job(db: sqlite_utils.Database, abort, report, kind: str, selection: str, actor: dict, *,
              out: str | None = None, **kw) -> Prepared:
    """The mail merge as a job (run_job): lay out with progress; on cancel nothing is written or recorded.
    With `out` the PDF is saved and recorded; without, it is returned for the preview."""
    prepared = prepare_unit_documents(db, kind, selection, abort=abort, report=report, **kw)
    if abort and abort():
        raise Cancelled()
    if out:
        save_recorded(db, prepared, actor, out)
    return prepared


def recent(db: sqlite_utils.Database, limit: int = 200, **kw) -> list[dict]:
    """The log of printed documents, newest first, with the kind's Chinese name."""
    from frontdesk.store.printed import recent as store_recent
    return [{**r, "kind_zh": KIND_ZH.get(r["kind"], r["kind"])} for r in store_recent(db, limit, **kw)]
