"""Photo uploads: checked, re-encoded, stripped, and public only after review."""

import io
from pathlib import Path

from PIL import Image
from sqlalchemy import select
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from catalogue import moderation
from catalogue.extensions import db
from catalogue.models import Photo

pytest_plugins = ("tests.test_portal_helpers",)  # fixtures: people, as_user, ids

GPS_IFD = 0x8825


def jpeg_with_gps(size=(1200, 800)) -> bytes:
    """A camera-like JPEG carrying a GPS position and a camera model in EXIF."""
    image = Image.new("RGB", size, (200, 120, 40))
    exif = Image.Exif()
    exif[0x0110] = "Nokia 3310 camera"  # Model
    exif[GPS_IFD] = {1: "N", 2: (10.0, 25.0, 30.0), 3: "E", 4: (105.0, 41.0, 2.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, quality=85)
    return out.getvalue()


def upload(client, product_id, data: bytes, name="photo.jpg", alt="Xoài chín trên cây"):
    return client.post(
        f"/manage/products/{product_id}/photos",
        data={"photo": (io.BytesIO(data), name), "alt_vi": alt},
        content_type="multipart/form-data",
    )


def test_photo_is_stripped_re_encoded_and_public_after_approval(app, as_user, ids):
    a = ids["a"]
    producer, officer = as_user("producer_a"), as_user("officer")
    original = jpeg_with_gps()
    assert b"Nokia 3310" in original
    response = upload(producer, a["product"], original)
    assert response.status_code == 302
    with app.app_context():
        revision = moderation.pending("product", a["product"])
        entry = revision.payload["photos"][-1]
        assert entry["widths"] == [320, 640, 1024, 1200]
        assert (
            db.session.scalar(select(Photo).filter_by(digest=entry["digest"])) is None
        )
    files = sorted(
        Path(app.instance_path, "uploads").rglob(f"{entry['digest']}-*.webp")
    )
    assert len(files) == 4
    for path in files:
        data = path.read_bytes()
        assert b"Nokia" not in data and b"Exif" not in data
        with Image.open(path) as stored:
            assert stored.format == "WEBP"
            assert not stored.getexif()
            assert GPS_IFD not in stored.getexif()
    page = producer.get(f"/manage/products/{a['product']}/photos").get_data(
        as_text=True
    )
    assert entry["digest"] in page  # the producer sees the pending photo

    officer.post(f"/admin/reviews/{revision.id}/approve")
    with app.app_context():
        photo = db.session.scalar(select(Photo).filter_by(digest=entry["digest"]))
        assert photo.product_id == a["product"] and photo.alt_vi == "Xoài chín trên cây"
    public = (
        app.test_client().get(f"/products/{a['product_slug']}").get_data(as_text=True)
    )
    assert entry["digest"] in public
    served = app.test_client().get(f"/media/{entry['digest']}-320.webp")
    served.close()
    assert served.status_code == 200 and served.mimetype == "image/webp"
    assert "immutable" in served.headers["Cache-Control"]


def decompression_bomb() -> bytes:
    """A small PNG that decodes to 64 megapixels."""
    out = io.BytesIO()
    Image.new("1", (8000, 8000)).save(out, "PNG", optimize=True)
    return out.getvalue()


def test_unacceptable_files_are_refused_with_a_message(app, as_user, ids):
    a = ids["a"]
    producer = as_user("producer_a")
    good = jpeg_with_gps((400, 300))
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    cases = {
        "bomb.png": (decompression_bomb(), "megapixel"),
        "cut.jpg": (good[: len(good) // 2], "không phải ảnh JPEG, PNG"),
        "invoice.jpg": (b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF", "JPEG, PNG"),
        "logo.svg": (svg, "JPEG, PNG"),
        "empty.jpg": (b"", ""),
    }
    for name, (data, message) in cases.items():
        response = upload(producer, a["product"], data, name=name)
        assert response.status_code == 400, name
        body = response.get_data(as_text=True)
        assert message in body, name
        assert 'value="Xoài chín trên cây"' in body  # the alt text typed is kept
    with app.app_context():
        assert moderation.pending("product", a["product"]) is None
    assert not list(Path(app.instance_path, "uploads").rglob("*.webp"))


def test_a_50_megabyte_upload_is_refused_with_a_message(as_user, ids):
    # Encoded in memory: the test client would otherwise spool it to a file
    # that it never closes when the app refuses to read the body.
    boundary, body = encode_multipart(
        {"photo": FileStorage(io.BytesIO(bytes(50 * 2**20)), "big.jpg"), "alt_vi": "x"}
    )
    response = as_user("producer_a").post(
        f"/manage/products/{ids['a']['product']}/photos",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )
    assert response.status_code == 413
    assert "Tệp quá lớn" in response.get_data(as_text=True)


def test_photos_are_moved_and_removed_through_review(app, as_user, ids):
    a, b = ids["a"], ids["b"]
    producer = as_user("producer_a")
    upload(producer, a["product"], jpeg_with_gps((500, 400)), alt="một")
    upload(producer, a["product"], jpeg_with_gps((600, 400)), alt="hai")
    with app.app_context():
        first, second = moderation.pending("product", a["product"]).payload["photos"][
            -2:
        ]
    url = f"/manage/products/{a['product']}/photos/action"
    moved = producer.post(url, data={"digest": second["digest"], "action": "up"})
    assert moved.status_code == 302
    with app.app_context():
        photos = moderation.pending("product", a["product"]).payload["photos"]
        assert [p["alt_vi"] for p in photos][-2:] == ["hai", "một"]
    producer.post(url, data={"digest": first["digest"], "action": "remove"})
    with app.app_context():
        photos = moderation.pending("product", a["product"]).payload["photos"]
        assert first["digest"] not in [p["digest"] for p in photos]
    # Another producer cannot touch these photos, whatever digest it sends.
    other = as_user("producer_b")
    assert (
        other.post(
            url, data={"digest": second["digest"], "action": "remove"}
        ).status_code
        == 404
    )
    other_url = f"/manage/products/{b['product']}/photos/action"
    assert (
        other.post(
            other_url, data={"digest": second["digest"], "action": "remove"}
        ).status_code
        == 404
    )
