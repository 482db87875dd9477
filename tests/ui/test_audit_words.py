"""The 审计日志 page says every act the program audits in the window's words: 'sync_export', 'demo', 'init',
'letter', 'plan' … were shown as stored, in English, in the Chinese window."""
import ast
from pathlib import Path

import pytest

import frontdesk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def audited_actions() -> set[str]:
    """The action of every audit.record / audit.refused call in the program (its third argument: a literal, a
    choice of literals, a variable over a known tuple of kinds, or view_{what}), read from the source."""
    from frontdesk.store.tickets import NOTE_KINDS
    found: set[str] = {"print", "save", "view_id", "view_phone", *NOTE_KINDS}   # printed.record(action=…), view_{what}
    for path in Path(frontdesk.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 3):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            owner = getattr(f.value, "id", "") if isinstance(f, ast.Attribute) else ""
            if name not in ("record", "refused") or (owner != "audit" and path.name != "settings.py") \
                    or isinstance(node.args[2], ast.JoinedStr):
                continue
            found |= {c.value for c in ast.walk(node.args[2]) if isinstance(c, ast.Constant) and isinstance(c.value, str)
                      and c.value}
    return found


def test_every_audited_act_has_its_words(qapp):
    from frontdesk.ui.i18n import load_translators
    from frontdesk.ui.pages.audit import ACTIONS, action_label
    actions = audited_actions()
    assert {"sync_export", "demo", "init", "plan", "record", "letter", "setting", "login"} <= actions
    assert sorted(actions - set(ACTIONS)) == []
    translators = load_translators("zh_CN")                  # read, not installed: no language change for others

    def chinese(source: str) -> str:
        return next((t.translate("AuditPage", source) for t in translators if t.translate("AuditPage", source)), "")
    for code in sorted(actions):
        said = chinese(ACTIONS[code])
        assert said and not any("a" <= ch.lower() <= "z" for ch in said), (code, said)
    assert action_label("export_refused") == "Export (refused)"        # an act refused: the act's words and so
    assert chinese("%1 (refused)").replace("%1", chinese("Export")) == "导出（被拒绝）"
