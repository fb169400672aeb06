"""Generated sample products for benchmarks and load tests (`demo load --synthetic N`).

Every row is marked: is_sample on each record, "(mẫu #n)" / "(sample #n)" in the
product name and slugs starting with "mau-". Rows are inserted in chunks with
executemany (no ORM objects) and each chunk is committed, so 100,000 products
load in a few minutes without holding the database locked for long.
"""

import random
from collections.abc import Callable

import click
from slugify import slugify
from sqlalchemy import func, insert, select, text

from catalogue.demo import synthetic_vocab as vocab
from catalogue.demo.load import counts
from catalogue.demo.synthetic_rows import NOW, evaluation, lot, take
from catalogue.extensions import db
from catalogue.models import (
    Commune,
    Evaluation,
    GrowingArea,
    Lot,
    PackingHouse,
    Producer,
    Product,
    ProductGroup,
    RuleSet,
    Stamp,
    TraceEvent,
)
from catalogue.models.trace import lot_growing_area

CHUNK = 2000
PG_BATCH = 500  # rows per INSERT … VALUES (bind parameters stay under 65,535)
TABLES = (Producer, Product, Evaluation, GrowingArea, PackingHouse, Lot, TraceEvent)


def add_synthetic(n: int, new_code: Callable[[], str]) -> dict[str, int]:
    """Add n generated products (with producers, lots, stamps); returns row counts."""
    ctx = _context()
    with click.progressbar(length=n, label="synthetic products") as bar:
        done = 0
        while done < n:
            size = min(CHUNK, n - done)
            first_id = ctx["next"][Product]
            _defer_search()
            _insert_chunk(ctx, size, new_code)
            _refresh_search(first_id, ctx["next"][Product])
            db.session.commit()  # chunked commits keep other writers moving
            done += size
            bar.update(size)
    _fix_sequences()
    db.session.commit()
    return counts()


def _context() -> dict:
    """Reference rows and the next free id of each table."""
    groups = db.session.execute(
        select(ProductGroup.code, ProductGroup.id)
        .join(RuleSet)
        .where(RuleSet.code == "1048/QD-TTg")
    ).all()
    rule_sets = dict(db.session.execute(select(RuleSet.code, RuleSet.id)).all())
    communes = db.session.execute(select(Commune.id, Commune.name)).all()
    if not groups or not communes:
        raise click.ClickException("load the demo data first (demo load)")
    next_id = {
        model: (db.session.scalar(select(func.max(model.id))) or 0) + 1
        for model in (*TABLES, Stamp)
    }
    seed = next_id[Product]
    weights = [p[3] for p in vocab.PRODUCTS]
    return {
        "rng": random.Random(seed),
        "groups": dict(groups),
        "rule_sets": rule_sets,
        "communes": communes,
        "next": next_id,
        "weights": weights,
    }


def _insert_chunk(ctx: dict, size: int, new_code) -> None:
    rows: dict = {key: [] for key in ("producer", "product", "evaluation", "area")}
    rows.update(house=[], lot=[], lot_area=[], event=[], stamp=[])
    rng = ctx["rng"]
    made = 0
    while made < size:
        producer = _producer(ctx, rows)
        for _ in range(min(rng.randint(1, 6), size - made)):
            _product(ctx, rows, producer, new_code)
            made += 1
    for model, key in (
        (Producer, "producer"),
        (Product, "product"),
        (Evaluation, "evaluation"),
        (GrowingArea, "area"),
        (PackingHouse, "house"),
        (Lot, "lot"),
        (TraceEvent, "event"),
        (Stamp, "stamp"),
    ):
        _insert(model.__table__, rows[key])
    _insert(lot_growing_area, rows["lot_area"])


def _insert(table, rows: list[dict]) -> None:
    """executemany on SQLite; multi-row VALUES on PostgreSQL, so that the search
    triggers (statement level) run once per batch rather than once per row."""
    if not rows:
        return
    if db.engine.dialect.name != "postgresql":
        db.session.execute(insert(table), rows)
        return
    for start in range(0, len(rows), PG_BATCH):
        db.session.execute(insert(table).values(rows[start : start + PG_BATCH]))


def _person(rng) -> str:
    return " ".join(
        (rng.choice(vocab.SURNAMES), rng.choice(vocab.MIDDLE), rng.choice(vocab.GIVEN))
    )


def _producer(ctx: dict, rows: dict) -> dict:
    rng = ctx["rng"]
    commune_id, commune = rng.choice(ctx["communes"])
    kind = rng.choices(vocab.PRODUCTS, weights=ctx["weights"])[0]
    form, pattern = rng.choice(vocab.PRODUCER_FORMS)
    pid = take(ctx, Producer)
    name = pattern.format(crop=kind[0], commune=commune, person=_person(rng))
    row = {
        "id": pid,
        "slug": f"mau-{pid}-{slugify(name)}"[:120],
        "name": f"{name} (mẫu)",
        "legal_form": form,
        "commune_id": commune_id,
        "address": f"ấp {rng.randint(1, 6)}, xã {commune}, huyện Cao Lãnh, Đồng Tháp",
        "phone": f"0277 000 {rng.randint(100, 999)}",
        "website": "",
        "story_vi": " ".join(rng.sample(vocab.STORY_VI, 2)),
        "story_en": " ".join(rng.sample(vocab.STORY_EN, 2)),
        "is_sample": True,
        "name_is_sample": True,
        "version": 1,
        "created_at": NOW,
        "updated_at": NOW,
    }
    rows["producer"].append(row)
    return {"row": row, "commune": commune, "kind": kind, "areas": [], "house": None}


def _product(ctx: dict, rows: dict, producer: dict, new_code) -> None:
    rng = ctx["rng"]
    kind = producer["kind"]
    if rng.random() < 0.3:
        kind = rng.choices(vocab.PRODUCTS, weights=ctx["weights"])[0]
    name_vi, name_en, group, _, standards = kind
    qual_vi, qual_en = rng.choice(vocab.QUALIFIERS)
    pid = take(ctx, Product)
    commune = producer["commune"]
    full_vi = " ".join(x for x in (name_vi, qual_vi, commune) if x)
    full_en = f"{name_en} ({qual_en})" if qual_en else name_en
    full_en = f"{full_en} from {commune}"
    values = {
        "name": full_vi,
        "lower": full_vi[0].lower() + full_vi[1:],
        "name_en": full_en,
        "producer": producer["row"]["name"],
        "commune": commune,
    }
    status = rng.choices(
        ("published", "draft", "pending", "archived"), weights=(92, 4, 2, 2)
    )[0]
    summary = rng.randrange(len(vocab.SUMMARY_VI))
    story = rng.sample(range(len(vocab.STORY_VI)), 3)
    rows["product"].append(
        {
            "id": pid,
            "slug": f"mau-{pid}-{slugify(full_vi)}"[:120],
            "name_vi": f"{full_vi} (mẫu #{pid})",
            "name_en": f"{full_en} (sample #{pid})",
            "group_id": ctx["groups"][group],
            "producer_id": producer["row"]["id"],
            "commune_id": producer["row"]["commune_id"],
            "summary_vi": vocab.SUMMARY_VI[summary].format(**values)[:400],
            "summary_en": vocab.SUMMARY_EN[summary].format(**values)[:400],
            "description_vi": "",
            "description_en": "",
            "story_vi": " ".join(vocab.STORY_VI[i] for i in story),
            "story_en": " ".join(vocab.STORY_EN[i] for i in story),
            "standards": rng.sample(standards, rng.randint(0, len(standards))),
            "season": sorted(rng.sample(range(1, 13), 4)),
            "where_to_buy_vi": f"Tại cơ sở ở {commune}; cửa hàng đặc sản Đồng Tháp.",
            "where_to_buy_en": f"At the farm in {commune}; Đồng Tháp speciality shops.",
            "price_min": None,
            "price_max": None,
            "price_unit_vi": "",
            "price_unit_en": "",
            "gtin": None,
            "status": status,
            "published_at": NOW if status == "published" else None,
            "is_sample": True,
            "plan_mention": "",
            "version": 1,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )
    if rng.random() < 0.55:
        evaluation(ctx, rows, pid)
    if status == "published" and rng.random() < 0.6:
        lot(ctx, rows, producer, pid, new_code)


def _defer_search() -> None:
    """PostgreSQL: the search triggers wait; the chunk is refreshed once at its end."""
    if db.engine.dialect.name == "postgresql":
        db.session.execute(text("SET LOCAL catalogue.search_defer = 'on'"))


def _refresh_search(first_id: int, next_id: int) -> None:
    if db.engine.dialect.name == "postgresql":
        db.session.execute(
            text(
                "SELECT search_refresh(ARRAY("
                "SELECT generate_series(CAST(:a AS int), CAST(:b AS int))))"
            ),
            {"a": first_id, "b": next_id - 1},
        )


def _fix_sequences() -> None:
    """PostgreSQL: move id sequences past the explicit ids used here."""
    if db.engine.dialect.name != "postgresql":
        return
    for model in (*TABLES, Stamp):
        table = model.__tablename__
        db.session.execute(text(f'ANALYZE "{table}"'))
        db.session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT coalesce(max(id), 1) FROM "{table}"))'
            )
        )
