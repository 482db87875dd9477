"""设置 Settings (admin only): centre and letterhead, staff, categories, deadlines, holidays, language."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from frontdesk.store import settings
from frontdesk.ui.admin.backup_tab import BackupTab
from frontdesk.ui.admin.categories_tab import CategoriesTab
from frontdesk.ui.admin.centre_tab import CentreTab
from frontdesk.ui.admin.holidays_tab import HolidaysTab
from frontdesk.ui.admin.sla_tab import SlaTab
from frontdesk.ui.admin.staff_tab import StaffTab
from frontdesk.ui.i18n import Retranslating
from frontdesk.ui.widgets.tabs import tab_widget


class SettingsPage(Retranslating, QWidget):
    """One tab per kind of setting; admins only."""
    key = "settings"
    roles = ("admin",)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = tab_widget()
        self.tabs.setObjectName("settingsTabs")
        self.centre = CentreTab(ctx)
        self.staff = StaffTab(ctx)
        self.categories = CategoriesTab(ctx)
        self.sla = SlaTab(ctx)
        self.holidays = HolidaysTab(ctx)
        for tab in (self.centre, self.staff, self.categories, self.sla, self.holidays):
            self.tabs.addTab(tab, "")
        self.templates = self._template_editor()
        if self.templates is not None:
            self.tabs.addTab(self.templates, "")
        from frontdesk.ui.admin.inspections_tab import InspectionTemplatesTab    # 巡检 templates (issue 12)
        self.inspections = InspectionTemplatesTab(ctx)
        self.tabs.addTab(self.inspections, "")
        self.backups = BackupTab(ctx)
        self.tabs.addTab(self.backups, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def _template_editor(self):
        """The template editor as a tab."""
        from frontdesk.ui.template_editor import TemplateEditor
        return TemplateEditor(self.ctx)

    def title(self) -> str:
        """The navigation title."""
        return self.tr("Settings")

    def retranslateUi(self) -> None:
        for i, text in enumerate((self.tr("Centre and language"), self.tr("Staff"), self.tr("Categories"),
                                  self.tr("Deadlines"), self.tr("Holidays"), self.tr("Templates"))):
            if i < self.tabs.count():
                self.tabs.setTabText(i, text)
        self.tabs.setTabText(self.tabs.indexOf(self.backups), self.backups.tab_title())
        self.tabs.setTabText(self.tabs.indexOf(self.inspections), self.inspections.tab_title())

    def refresh(self) -> None:
        """Reload every tab from the database."""
        self.centre.load()
        self.staff.refresh()
        self.categories.refresh()
        self.sla.load(settings.sla_rules(self.ctx.db))
        self.holidays.refresh()
        if self.templates is not None and hasattr(self.templates, "load"):
            self.templates.load()
        self.backups.load()


#: the name the page registry looks for (the class name is the translation context)
Page = SettingsPage
