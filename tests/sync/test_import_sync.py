"""An owner import travels: the next bundle carries every row it wrote (the bulk path stamps them itself)."""
import csv

from frontdesk.store import importer
from frontdesk.sync.apply import import_path
from frontdesk.sync.export import export

from .conftest import shared_rows

HEADER = ["房号", "业主姓名", "手机号", "身份", "建筑面积"]


def owner_rows(n: int) -> list[list[str]]:
    """n people, two to a unit (an owner and a tenant), names that repeat across units."""
    surnames, given = "王李张曾单欧阳", "伟芳娜敏静丽强磊军洋"
    return [[f"{1 + i // 400}-{1 + (i // 100) % 4}-{(2 + (i // 2) % 50) * 100 + 1}",
             surnames[i % 7] + given[i % 10] + given[(i // 10) % 10], f"139{i:08d}", ("业主", "租户")[i % 2],
             f"{80 + i % 20}"] for i in range(n)]


def test_a_bundle_after_an_import_carries_every_imported_row(pair, tmp_path):
    c, a, b = pair
    path = tmp_path / "owners.csv"
    rows = owner_rows(6000)           # big enough for the import to drop and rebuild its indexes
    with open(path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    r = importer.import_owners(a, path, actor=c["admin"])
    assert r.people_added == 6000 and not r.refused
    made = {t: a.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("units", "people", "phones",
                                                                                "occupancies")}
    sent = export(a, tmp_path / "f")
    for t in ("people", "phones", "occupancies"):
        assert sent.rows[t] >= {"people": r.people_added, "phones": r.people_added,
                                "occupancies": r.occupancies_added}[t]
    assert sent.rows["units"] >= r.units_added
    assert [x.status for x in import_path(b, tmp_path / "f")] == ["applied"]
    assert shared_rows(a) == shared_rows(b)
    assert {t: b.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in made} == made
    assert export(a, tmp_path / "g").path is None              # nothing of the import was left behind
