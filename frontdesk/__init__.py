"""frontdesk — the front-desk program of a property-management service centre (物业服务中心客服前台)."""
from pathlib import Path

__version__ = "0.1.0"

#: Shipped resources (templates, translations, data); top level of the source tree.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
