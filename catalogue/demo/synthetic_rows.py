"""Rows of generated evaluations, growing areas, packing houses, lots and stamps."""

from datetime import UTC, date, datetime, timedelta

from catalogue.models import (
    Evaluation,
    GrowingArea,
    Lot,
    PackingHouse,
    Stamp,
    TraceEvent,
)
from catalogue.models.product import VALIDITY_MONTHS, add_months, stars_for

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def take(ctx: dict, model) -> int:
    value = ctx["next"][model]
    ctx["next"][model] += 1
    return value


def evaluation(ctx: dict, rows: dict, product_id: int) -> None:
    rng = ctx["rng"]
    score = rng.choices(
        (rng.randint(50, 69), rng.randint(70, 89), rng.randint(90, 97)),
        weights=(6, 3, 1),
    )[0]
    decided = date(2020, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
    rule = "1048/QD-TTg" if decided.year < 2023 else "148/QD-TTg"
    rows["evaluation"].append(
        {
            "id": take(ctx, Evaluation),
            "product_id": product_id,
            "rule_set_id": ctx["rule_sets"][rule],
            "score": score,
            "score_a": None,
            "score_b": None,
            "score_c": None,
            "stars": stars_for(score),
            "level": "district" if score < 70 else "province",
            "decision_number": f"{rng.randint(100, 4999)}/QĐ-UBND",
            "decided_on": decided,
            "expires_on": add_months(decided, VALIDITY_MONTHS),
            "revoked_on": None,
            "revoked_reason_vi": "",
            "revoked_reason_en": "",
            "is_sample": True,
            "recorded_by_id": None,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )


def _registers(ctx: dict, rows: dict, producer: dict) -> None:
    """A growing area and a packing house for a producer, made on first use."""
    if producer["areas"]:
        return
    row = producer["row"]
    area_id = take(ctx, GrowingArea)
    rows["area"].append(
        {
            "id": area_id,
            "code": f"VN-DTMAU-{area_id:06d}",
            "crop_vi": producer["kind"][0],
            "crop_en": producer["kind"][1],
            "area_ha": round(ctx["rng"].uniform(0.5, 30), 2),
            "commune_id": row["commune_id"],
            "producer_id": row["id"],
            "status": "active",
            "is_sample": True,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )
    house_id = take(ctx, PackingHouse)
    rows["house"].append(
        {
            "id": house_id,
            "code": f"VN-DTPMAU-{house_id:05d}",
            "name": f"Nhà đóng gói {producer['commune']} (mẫu #{house_id})",
            "commune_id": row["commune_id"],
            "address": row["address"],
            "producer_id": row["id"],
            "status": "active",
            "is_sample": True,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )
    producer["areas"].append(area_id)
    producer["house"] = house_id


def lot(ctx: dict, rows: dict, producer: dict, product_id: int, new_code) -> None:
    rng = ctx["rng"]
    _registers(ctx, rows, producer)
    lot_id = take(ctx, Lot)
    harvested = date(2025, 1, 1) + timedelta(days=rng.randint(0, 500))
    packed = harvested + timedelta(days=1)
    rows["lot"].append(
        {
            "id": lot_id,
            "product_id": product_id,
            "code": f"MAU-{product_id}-{harvested:%y%m}",
            "packing_house_id": producer["house"],
            "harvested_on": harvested,
            "packed_on": packed,
            "best_before": packed + timedelta(days=rng.choice((14, 90, 365))),
            "quantity": rng.randint(50, 3000),
            "unit": "kg",
            "recalled_on": None,
            "recall_reason_vi": "",
            "recall_reason_en": "",
            "is_sample": True,
            "created_at": NOW,
            "updated_at": NOW,
        }
    )
    rows["lot_area"].append({"lot_id": lot_id, "growing_area_id": producer["areas"][0]})
    for kind, day in (("harvest", harvested), ("packing", packed)):
        rows["event"].append(
            {
                "id": take(ctx, TraceEvent),
                "lot_id": lot_id,
                "kind": kind,
                "happened_on": day,
                "place": f"{producer['commune']}, Cao Lãnh, Đồng Tháp",
                "note_vi": "Dữ liệu mẫu.",
                "note_en": "Sample data.",
            }
        )
    for _ in range(rng.randint(1, 3)):
        rows["stamp"].append(
            {
                "id": take(ctx, Stamp),
                "code": new_code(),
                "lot_id": lot_id,
                "issued_at": NOW,
                "issued_by_id": None,
                "voided_at": None,
                "void_reason": "",
                "scan_count": 0,
            }
        )
