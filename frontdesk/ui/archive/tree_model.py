"""Buildings → entrances → units as a lazy tree: buildings and entrances come from one grouped query,
an entrance's units are read only when it is expanded (canFetchMore / fetchMore)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from frontdesk.store import archive

from frontdesk.ui import labels

UNIT_ROLE = Qt.UserRole + 1      # the unit code of a unit row
KIND_ROLE = Qt.UserRole + 2      # "building", "entrance" or "unit"


class _Node:
    __slots__ = ("kind", "data", "parent", "row", "children", "fetched")

    def __init__(self, kind: str, data: dict, parent: "_Node | None", row: int):
        self.kind, self.data, self.parent, self.row = kind, data, parent, row
        self.children: list[_Node] = []
        self.fetched = kind != "entrance"


class ArchiveTreeModel(QAbstractItemModel):
    """Columns: name (building / entrance / unit code), units or area, property types, owner or handover."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.filters = archive.Filters()
        self.root = _Node("root", {}, None, 0)
        self.total = 0
        self._resetting = False
        self.reload()

    # ---- loading ----
    def reload(self, filters: archive.Filters | None = None) -> None:
        """Read the buildings and entrances again (filters changed, or data changed)."""
        if filters is not None:
            self.filters = filters
        self._resetting = True
        self.beginResetModel()
        self.root = _Node("root", {}, None, 0)
        for b in archive.tree(self.db, self.filters):
            bn = _Node("building", b, self.root, len(self.root.children))
            self.root.children.append(bn)
            for e in b["entrances"]:
                bn.children.append(_Node("entrance", e, bn, len(bn.children)))
        self.total = sum(b.data["count"] for b in self.root.children)
        self.endResetModel()
        self._resetting = False

    def _node(self, index: QModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self.root

    def canFetchMore(self, parent: QModelIndex) -> bool:
        node = self._node(parent)
        return node.kind == "entrance" and not node.fetched and not self._resetting

    def fetchMore(self, parent: QModelIndex) -> None:
        node = self._node(parent)
        if node.kind != "entrance" or node.fetched or self._resetting:
            return
        units = archive.units_of(self.db, node.data["building"], node.data["entrance"], self.filters)
        node.fetched = True
        if not units:
            return
        self.beginInsertRows(parent, 0, len(units) - 1)
        node.children = [_Node("unit", u, node, i) for i, u in enumerate(units)]
        self.endInsertRows()

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        node = self._node(parent)
        if parent.isValid() and parent.column() > 0:
            return False
        if node.kind == "entrance" and not node.fetched:
            return node.data["count"] > 0
        return bool(node.children)

    # ---- structure ----
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid() and parent.column() > 0:
            return QModelIndex()
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: A003 - Qt's name
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 4

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Building / unit"), self.tr("Units / area"), self.tr("Property type"),
                    self.tr("Owner / handover"))[section]
        return None

    def retranslate(self) -> None:
        """Header and rows are worded at paint time: tell the views to ask again after a language switch."""
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.columnCount() - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):      # the tooltip shows what a narrow column cuts off
            return self._display(node, index.column()) or None
        if role == UNIT_ROLE:
            return node.data.get("code") if node.kind == "unit" else None
        if role == KIND_ROLE:
            return node.kind
        if role == Qt.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _display(self, node: _Node, column: int):
        d = node.data
        if node.kind == "building":
            return (self.tr("Building %1").replace("%1", str(d["building"])), str(d["count"]),
                    " / ".join(labels.property_type(t) for t in d["types"]), "")[column]
        if node.kind == "entrance":
            return (self.tr("Entrance %1").replace("%1", str(d["entrance"])), str(d["count"]),
                    " / ".join(labels.property_type(t) for t in d["types"]), "")[column]
        area = f"{d['area']:g} ㎡" if d.get("area") else ""
        owner = d.get("owner") or "—"             # nobody on record (a vacant or unsold unit)
        return (d["code"], area, labels.property_type(d["property_type"]),
                f"{owner} · {labels.handover(d['handover_status'])}")[column]

    def flags(self, index: QModelIndex):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    # ---- finding ----
    def find_unit(self, code: str) -> QModelIndex:
        """The index of a unit (its entrance fetched on the way), or an invalid index when filtered out."""
        from frontdesk.core.ids import split_unit_code
        try:
            b, e, _r = split_unit_code(code)
        except ValueError:
            return QModelIndex()
        for bn in self.root.children:
            if bn.data["building"] != b:
                continue
            for en in bn.children:
                if en.data["entrance"] != e:
                    continue
                eidx = self.createIndex(en.row, 0, en)
                if self.canFetchMore(eidx):
                    self.fetchMore(eidx)
                for un in en.children:
                    if un.data["code"] == code:
                        return self.createIndex(un.row, 0, un)
        return QModelIndex()
