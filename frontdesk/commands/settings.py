"""frontdesk settings show [--json] | settings set KEY VALUE: the centre's settings on the command line.

The same keys the settings page edits; every change is audited; only an admin changes them."""
from __future__ import annotations

from frontdesk.cli import open_db
from frontdesk.commands import actor_of, add_as, emit_json

#: The keys shown and settable here: (kind, what it is). Kinds: text, lines (';' between lines), int, bool.
KEYS = {
    "centre_name": ("text", "the centre's name (服务中心名称), on screen and on letters"),
    "legal_name": ("text", "the legal name that signs and seals documents (法定名称), e.g. the company's"),
    "centre_address": ("text", "the centre's address, printed once in every letterhead"),
    "centre_phone": ("text", "the service hotline (服务热线), printed on every document"),
    "letterhead_lines": ("lines", "extra letterhead lines, ';' between them (address and phone lines are "
                                  "left out: they come from centre_address and centre_phone)"),
    "logo_path": ("text", "an image printed at the top left of the letterhead"),
    "font_path": ("text", "a Chinese TrueType font for documents (empty: one found on this computer)"),
    "work_order_parts": ("bool", "work orders printed in two parts, 工程联 and 业主联 (yes/no)"),
    "survey_anonymous": ("bool", "survey forms without name and unit, promising 保密 (yes/no)"),
    "idle_lock_minutes": ("int", "lock the window after this many idle minutes (0: never)"),
    "language": ("text", "the window's language: zh_CN or en"),
}
TRUE, FALSE = ("yes", "true", "1", "on", "是"), ("no", "false", "0", "off", "否")


def register(sub) -> None:
    p = sub.add_parser("settings", help="show or change the centre's settings (name, legal name, address, "
                                        "hotline, ...)",
                       description="Show the centre's settings, or change one (admins only; audited). Keys: "
                                   + "; ".join(f"{k}: {h}" for k, (_, h) in KEYS.items()) + ".")
    cmds = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = cmds.add_parser("show", help="print the settings", description="Print the settings, one per line.")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)
    put = cmds.add_parser("set", help="change one setting", description="Change one setting (admins only).")
    put.add_argument("key", metavar="KEY", choices=list(KEYS), help="one of: " + ", ".join(KEYS))
    put.add_argument("value", metavar="VALUE", help="the new value (empty '' clears a text)")
    add_as(put)
    put.set_defaults(func=run_set)


def parse(key: str, text: str):
    """The typed value of a setting from its command-line text; bad text is refused naming the key."""
    from frontdesk.core.errors import Invalid
    kind = KEYS[key][0]
    text = text.strip()
    if kind == "lines":
        return [part.strip() for part in text.split(";") if part.strip()]
    if kind == "bool":
        if text.lower() in TRUE:
            return True
        if text.lower() in FALSE:
            return False
        raise Invalid(key, f"'{text}' is not yes or no")
    if kind == "int":
        if not text.isdigit() or int(text) > 240:
            raise Invalid(key, f"'{text}' is not a number of minutes from 0 to 240")
        return int(text)
    if key == "language" and text not in ("zh_CN", "en"):
        raise Invalid(key, f"'{text}' is not a language offered", valid=["zh_CN", "en"])
    return text


def current(db) -> dict:
    from frontdesk.store import settings
    return {key: settings.get(db, key) for key in KEYS}


def run_show(args) -> int:
    values = current(open_db(args))
    if args.json:
        emit_json(values)
        return 0
    for key, value in values.items():
        shown = "; ".join(value) if isinstance(value, list) else ("yes" if value is True else "no"
                                                                    if value is False else value)
        print(f"{key}\t{shown}")
    return 0


def run_set(args) -> int:
    from frontdesk.core.errors import Refused
    from frontdesk.store import settings
    db = open_db(args)
    actor = actor_of(db, args)
    if actor.get("role") != "admin":
        raise Refused("role", "only an admin changes the centre's settings", role=actor.get("role"), roles=["admin"])
    value = parse(args.key, args.value)
    if args.key == "centre_name" and not value:
        raise Refused("required", "the centre needs a name")
    settings.put(db, args.key, value, actor=actor)
    print(f"{args.key}\t{'; '.join(value) if isinstance(value, list) else value}")
    return 0
