"""Every file chooser of the program: Qt's own dialog (translated by qtbase_zh_CN), opening in the user's
Documents folder, that never opens the centre's database, its -wal, -shm or -journal.

Why: SQLite's locks are POSIX advisory locks, which belong to the process; closing *any* descriptor of the
database file drops them all (SQLite's "How To Corrupt An SQLite Database File", §2.2). Qt's file dialog and
file-system model open files to sniff their type for an icon and the "Type" column (QMimeDatabase reads the first
bytes of a file whose name says nothing); a native dialog running in the process (the GTK one) does the same.
So: never the native dialog; an icon provider that answers from the name and the kind of entry alone, never from
the content; and the database's own files left out of the listing altogether."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDir, QFileInfo, QSortFilterProxyModel, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle

from frontdesk.store.db import is_live

#: Files SQLite keeps beside a database: never listed, so never touched by the dialog.
_SIDECARS = re.compile(r"-(wal|shm|journal)$")


def hidden(path: str) -> bool:
    """True for a database this process has open (store.db.is_live), and for any -wal, -shm or -journal file."""
    return bool(_SIDECARS.search(path)) or is_live(path)


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the entry's kind and name only; no file is ever opened to sniff its content."""

    def icon(self, what):
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            if what.isDir() or what.isRoot():
                return style.standardIcon(QStyle.SP_DirIcon)
            return style.standardIcon(QStyle.SP_FileIcon)
        if what in (QAbstractFileIconProvider.Folder, QAbstractFileIconProvider.Drive,
                    QAbstractFileIconProvider.Computer, QAbstractFileIconProvider.Network):
            return style.standardIcon(QStyle.SP_DirIcon)
        if what == QAbstractFileIconProvider.Trashcan:
            return style.standardIcon(QStyle.SP_TrashIcon)
        return style.standardIcon(QStyle.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return (QApplication.translate("FileDialogs", "%1 file").replace("%1", suffix.upper()) if suffix
                else QApplication.translate("FileDialogs", "File"))


class HideDatabaseFiles(QSortFilterProxyModel):
    """Leaves the open database and every -wal, -shm and -journal file out of the dialog's listing."""

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        return not hidden(model.filePath(model.index(row, 0, parent)))


def documents_folder() -> str:
    """Where every file chooser opens: the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else QDir.homePath()


def _start(suggested: str) -> str:
    """A bare file name (or nothing) goes to the Documents folder; a path with a folder is kept."""
    if not suggested:
        return documents_folder()
    path = Path(suggested)
    return suggested if path.is_absolute() or len(path.parts) > 1 else str(Path(documents_folder()) / suggested)


def make_dialog(parent, caption: str, start: str, filters: str, *, save: bool) -> QFileDialog:
    """The one file dialog of the program (see the module's note); `exec()` it."""
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog._icons = NameOnlyIcons()              # kept alive with the dialog (Qt does not own it)
    dialog.setIconProvider(dialog._icons)
    dialog.setProxyModel(HideDatabaseFiles(dialog))
    dialog.setAcceptMode(QFileDialog.AcceptSave if save else QFileDialog.AcceptOpen)
    dialog.setFileMode(QFileDialog.AnyFile if save else QFileDialog.ExistingFile)
    if filters:
        dialog.setNameFilters(filters.split(";;"))
    start = _start(start)
    if Path(start).is_dir():
        dialog.setDirectory(start)
    else:
        dialog.setDirectory(str(Path(start).parent) if Path(start).parent.is_dir() else documents_folder())
        if save:
            dialog.selectFile(Path(start).name)
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    if dialog.exec() != QFileDialog.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def get_save_file_name(parent, caption: str = "", start: str = "", filters: str = "") -> tuple[str, str]:
    """As QFileDialog.getSaveFileName: (path, chosen filter), ("", "") when cancelled."""
    return _run(make_dialog(parent, caption, start, filters, save=True))


def get_open_file_name(parent, caption: str = "", start: str = "", filters: str = "") -> tuple[str, str]:
    """As QFileDialog.getOpenFileName: (path, chosen filter), ("", "") when cancelled."""
    return _run(make_dialog(parent, caption, start, filters, save=False))


def get_open_file_names(parent, caption: str = "", start: str = "", filters: str = "",
                        **_qt_options) -> tuple[list[str], str]:
    """As QFileDialog.getOpenFileNames (Qt's options are ours to decide, and ignored): (paths, chosen filter)."""
    dialog = make_dialog(parent, caption, start, filters, save=False)
    dialog.setFileMode(QFileDialog.ExistingFiles)
    if dialog.exec() != QFileDialog.Accepted:
        return [], ""
    return dialog.selectedFiles(), dialog.selectedNameFilter()


def get_existing_directory(parent, caption: str = "", start: str = "", **_qt_options) -> str:
    """As QFileDialog.getExistingDirectory: the chosen folder, "" when cancelled."""
    dialog = make_dialog(parent, caption, start or documents_folder(), "", save=False)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    if dialog.exec() != QFileDialog.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
