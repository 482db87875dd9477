"""Settings → Inspection templates: an admin changes a sheet's frequency and items, a bad range is refused naming
the item (nothing saved), the changed template is what the rounds and the CLI use, Reset restores the file."""
import pytest
from PySide6.QtWidgets import QTableWidgetItem

from frontdesk.store import inspections

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def tab(ctx, qtbot):
    from frontdesk.ui.admin.inspections_tab import InspectionTemplatesTab
    t = InspectionTemplatesTab(ctx)
    qtbot.addWidget(t)
    t.show()
    names = [t.list.item(i).data(256) for i in range(t.list.count())]
    t.list.setCurrentRow(names.index("water-supply"))
    return t


def test_an_admin_edits_frequency_and_items(tab, ctx):
    assert tab.title_edit.text() == "二次供水设施巡检表" and tab.items.rowCount() == 8
    tab.every.setCurrentIndex(tab.every.findData("weekly"))
    tab.days[1].setChecked(True)
    tab.days[4].setChecked(True)
    tab._add_item({"name": "泵房门锁", "judged": "normal_abnormal", "standard": "完好上锁"})
    tab.save()
    got = inspections.template(ctx.db, "water-supply")
    assert got["frequency"] == {"every": "weekly", "holidays": "keep", "days": [2, 5]}
    assert got["items"][-1]["name"] == "泵房门锁" and len(got["items"]) == 9
    assert got["items"][2]["min"] == 0.25 and got["items"][2]["max"] == 0.6
    tab.reset()
    assert inspections.template(ctx.db, "water-supply")["frequency"]["every"] == "daily"


def test_a_bad_range_is_refused_naming_the_item_and_nothing_is_saved(tab, ctx):
    before = ctx.db.execute("SELECT count(*) FROM templates").fetchone()[0]
    tab.items.setItem(2, 4, QTableWidgetItem("0.9"))           # 出水压力 min above its max 0.6
    tab.save()
    assert "出水压力" in tab.message.text()
    assert ctx.db.execute("SELECT count(*) FROM templates").fetchone()[0] == before


def test_a_new_score_sheet(tab, ctx):
    tab.new()
    tab.name.setText("quality-parking")
    tab.title_edit.setText("物业服务巡检评分表（停车）")
    tab.kind.setCurrentIndex(tab.kind.findData("quality"))
    tab.area.setCurrentIndex(tab.area.findData("秩序"))
    tab.places.setPlainText("地下车库")
    tab.items.setItem(0, 0, QTableWidgetItem("车位划线"))
    tab.items.setItem(0, 6, QTableWidgetItem("100"))
    tab.save()
    assert "quality-parking" in inspections.template_names(ctx.db)
    assert inspections.template(ctx.db, "quality-parking")["items"][0]["weight"] == 100
