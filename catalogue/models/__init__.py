"""The domain model; importing this package registers every table."""

from catalogue.models.account import ROLES, AuditEntry, User
from catalogue.models.moderation import Revision
from catalogue.models.place import Commune
from catalogue.models.producer import LEGAL_FORMS, Producer
from catalogue.models.product import (
    Evaluation,
    Photo,
    Product,
    ProductGroup,
    RuleSet,
    stars_for,
)
from catalogue.models.programme import PlanPeriod, Target
from catalogue.models.tourism import TourismService
from catalogue.models.trace import (
    GrowingArea,
    Lot,
    PackingHouse,
    Scan,
    Stamp,
    TraceEvent,
)

__all__ = [
    "ROLES",
    "LEGAL_FORMS",
    "AuditEntry",
    "Commune",
    "Evaluation",
    "GrowingArea",
    "Lot",
    "PackingHouse",
    "Photo",
    "PlanPeriod",
    "Producer",
    "Product",
    "ProductGroup",
    "Revision",
    "RuleSet",
    "Scan",
    "Stamp",
    "Target",
    "TourismService",
    "TraceEvent",
    "User",
    "stars_for",
]
