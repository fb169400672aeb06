"""Load the demo data from plan 124/KH-UBND, idempotently, in one transaction."""

from collections.abc import Callable
from datetime import UTC, datetime

from slugify import slugify
from sqlalchemy import func, select

from catalogue.demo import data
from catalogue.extensions import db
from catalogue.models import (
    Commune,
    Evaluation,
    GrowingArea,
    Lot,
    PackingHouse,
    PlanPeriod,
    Producer,
    Product,
    ProductGroup,
    RuleSet,
    Stamp,
    Target,
    TourismService,
    TraceEvent,
)
from catalogue.models.product import VALIDITY_MONTHS, add_months, stars_for

DEMO_TIME = datetime(2025, 7, 1, tzinfo=UTC)


def _upsert(model, key: dict, values: dict):
    """Find a row by its natural key and set its values, or create it."""
    row = db.session.scalars(select(model).filter_by(**key)).first()
    if row is None:
        row = model(**key)
        db.session.add(row)
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    return row


def load_demo(new_code: Callable[[], str]) -> dict[str, int]:
    """Create or update every demo record; returns row counts. Caller commits."""
    rule_sets = {
        rs["code"]: _upsert(RuleSet, {"code": rs["code"]}, _pick(rs, "code"))
        for rs in data.RULE_SETS
    }
    db.session.flush()
    groups = {}
    for g in data.PRODUCT_GROUPS:
        rule_set = rule_sets[g["rule_set"]]
        values = _pick(g, "rule_set", "code")
        groups[(g["rule_set"], g["code"])] = _upsert(
            ProductGroup, {"rule_set_id": rule_set.id, "code": g["code"]}, values
        )
    communes = _load_communes()
    producers = {
        p["slug"]: _upsert(
            Producer,
            {"slug": p["slug"]},
            {
                **_pick(p, "slug", "commune"),
                "commune": communes[p["commune"]],
                "website": p.get("website") or "",
                "is_sample": True,
            },
        )
        for p in data.PRODUCERS
    }
    db.session.flush()
    products = _load_products(groups, producers, communes)
    _load_evaluations(products, rule_sets)
    _load_tourism(products)
    areas, houses = _load_registers(communes, producers)
    lots = _load_lots(products, areas, houses)
    _load_stamps(lots, new_code)
    _load_targets()
    db.session.flush()
    return counts()


def _pick(row: dict, *drop: str) -> dict:
    return {k: v for k, v in row.items() if k not in drop}


def _load_communes() -> dict[str, Commune]:
    communes = {}
    for c in data.COMMUNES:
        slug = slugify(c["name"])
        communes[c["name"]] = _upsert(
            Commune, {"code": c["code"]}, {**_pick(c, "code"), "slug": slug}
        )
    db.session.flush()
    for s in getattr(data, "SUCCESSIONS", []):
        old = communes[s["commune"]]
        old.successor = communes[s["successor"]]
        old.succeeded_on = s["on"]
    return communes


def _load_products(groups, producers, communes) -> dict[str, Product]:
    products = {}
    for p in data.PRODUCTS:
        values = _pick(p, "slug", "group", "producer", "commune")
        values.update(
            group=groups[("1048/QD-TTg", p["group"])],
            producer=producers[p["producer"]],
            commune=communes[p["commune"]],
            is_sample=True,
            published_at=DEMO_TIME if p["status"] == "published" else None,
        )
        products[p["slug"]] = _upsert(Product, {"slug": p["slug"]}, values)
    db.session.flush()
    return products


def _load_evaluations(products, rule_sets) -> None:
    for e in data.EVALUATIONS:
        product = products[e["product"]]
        parts = e.get("parts") or {}
        stars = stars_for(e["score"])
        assert stars == e["stars"], f"inconsistent sample stars for {e['product']}"
        values = {
            "rule_set": rule_sets[e["rule_set"]],
            "score": e["score"],
            "score_a": parts.get("A"),
            "score_b": parts.get("B"),
            "score_c": parts.get("C"),
            "stars": stars,
            "level": e["level"],
            "decided_on": e["decided_on"],
            "expires_on": add_months(e["decided_on"], VALIDITY_MONTHS),
            "revoked_on": e.get("revoked_on"),
            "revoked_reason_vi": e.get("revoked_reason_vi", ""),
            "revoked_reason_en": e.get("revoked_reason_en", ""),
            "is_sample": True,
        }
        key = {"product_id": product.id, "decision_number": e["decision_number"]}
        _upsert(Evaluation, key, values)


def _load_tourism(products) -> None:
    for t in data.TOURISM:
        product = products[t["product"]]
        _upsert(TourismService, {"product_id": product.id}, _pick(t, "product"))


def _load_registers(communes, producers):
    areas = {
        a["code"]: _upsert(
            GrowingArea,
            {"code": a["code"]},
            {
                **_pick(a, "code", "commune", "producer"),
                "commune": communes[a["commune"]],
                "producer": producers.get(a.get("producer")),
                "is_sample": True,
            },
        )
        for a in data.GROWING_AREAS
    }
    houses = {
        h["code"]: _upsert(
            PackingHouse,
            {"code": h["code"]},
            {
                **_pick(h, "code", "commune", "producer"),
                "commune": communes[h["commune"]],
                "producer": producers.get(h.get("producer")),
                "is_sample": True,
            },
        )
        for h in data.PACKING_HOUSES
    }
    db.session.flush()
    return areas, houses


def _load_lots(products, areas, houses) -> dict[str, Lot]:
    lots = {}
    for entry in data.LOTS:
        product = products[entry["product"]]
        recall = entry.get("recall") or {}
        values = {
            **_pick(
                entry,
                "product",
                "code",
                "growing_areas",
                "packing_house",
                "events",
                "recall",
            ),
            "packing_house": houses.get(entry.get("packing_house")),
            "growing_areas": [areas[code] for code in entry.get("growing_areas", [])],
            "recalled_on": recall.get("on"),
            "recall_reason_vi": recall.get("reason_vi", ""),
            "recall_reason_en": recall.get("reason_en", ""),
            "is_sample": True,
        }
        lot = _upsert(Lot, {"product_id": product.id, "code": entry["code"]}, values)
        db.session.flush()
        if not lot.events:
            lot.events = [
                TraceEvent(
                    kind=ev["kind"],
                    happened_on=ev["on"],
                    place=ev.get("place", ""),
                    note_vi=ev.get("note_vi", ""),
                    note_en=ev.get("note_en", ""),
                )
                for ev in entry.get("events", [])
            ]
        lots[f"{entry['product']}/{entry['code']}"] = lot
    return lots


def _load_stamps(lots, new_code: Callable[[], str]) -> None:
    for key, wanted in data.STAMPS.items():
        lot = lots[key]
        have = db.session.scalar(
            select(func.count(Stamp.id)).where(Stamp.lot_id == lot.id)
        )
        for _ in range(wanted - have):
            db.session.add(Stamp(code=new_code(), lot=lot, issued_at=DEMO_TIME))


def _load_targets() -> None:
    spec = data.TARGETS
    period = _upsert(
        PlanPeriod, {"code": spec["period"]["code"]}, _pick(spec["period"], "code")
    )
    db.session.flush()
    for t in spec["targets"]:
        _upsert(
            Target, {"period_id": period.id, "metric": t["metric"]}, _pick(t, "metric")
        )


def counts() -> dict[str, int]:
    """Rows per demo table, to report and to check idempotence."""
    models = {
        "communes": Commune,
        "producers": Producer,
        "products": Product,
        "evaluations": Evaluation,
        "tourism": TourismService,
        "growing_areas": GrowingArea,
        "packing_houses": PackingHouse,
        "lots": Lot,
        "events": TraceEvent,
        "stamps": Stamp,
        "targets": Target,
    }
    return {
        name: db.session.scalar(select(func.count()).select_from(model))
        for name, model in models.items()
    }
