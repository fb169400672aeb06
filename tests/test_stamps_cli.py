"""`stamps issue`: codes, A4 sheets read back with a real QR reader, one transaction."""

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import func, select

from catalogue.extensions import db
from catalogue.models import AuditEntry, Lot, Stamp
from catalogue.trace.services import issue_stamps
from qr import codes
from qr.render import version_of

BASE = "https://ocop.example.vn"  # the tests' BASE_URL
SECRET = b"test-stamp-secret"


def stamp_count(app, lot_code: str = "XCC-2025-07") -> int:
    with app.app_context():
        return db.session.scalar(
            select(func.count(Stamp.id)).join(Lot).where(Lot.code == lot_code)
        )


def decode_pdf(pdf: Path, tmp_path: Path) -> list[str]:
    """Rasterise every page at 300 dpi and read every QR code on it."""
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), str(prefix)], check=True
    )
    texts = []
    for png in sorted(tmp_path.glob("page*.png")):
        with Image.open(png) as im:
            texts += [
                r.text
                for r in zxingcpp.read_barcodes(
                    im, formats=zxingcpp.BarcodeFormat.QRCode
                )
            ]
    return texts


def test_issue_prints_the_codes_and_stores_them_in_one_go(app, runner):
    before = stamp_count(app)
    result = runner.invoke(
        args=[
            "stamps",
            "issue",
            "xoai-cat-chu-cao-lanh",
            "XCC-2025-07",
            "--count",
            "25",
        ]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if "\t" in line]
    assert len(lines) == 25
    for line in lines:
        shown, url = line.split("\t")
        code = codes.normalise(shown)
        assert codes.check(code, SECRET)
        assert url == codes.stamp_url(BASE, code)
    assert stamp_count(app) == before + 25
    with app.app_context():
        entry = db.session.scalar(
            select(AuditEntry).where(AuditEntry.action == "stamps.issue")
        )
    assert entry.new["count"] == 25


def test_issue_refuses_an_unknown_lot_or_a_bad_count(app, runner):
    result = runner.invoke(
        args=["stamps", "issue", "xoai-cat-chu-cao-lanh", "NOPE", "--count", "3"]
    )
    assert result.exit_code != 0 and "no lot 'NOPE'" in result.output
    zero = runner.invoke(
        args=["stamps", "issue", "xoai-cat-chu-cao-lanh", "XCC-2025-07", "--count", "0"]
    )
    assert zero.exit_code == 2
    with app.app_context():
        lot = db.session.scalar(select(Lot).where(Lot.code == "XCC-2025-07"))
        with pytest.raises(ValueError):
            issue_stamps(lot, 0)


def test_a_recalled_lot_gets_no_new_stamps(app, runner):
    before = stamp_count(app, "MS-2025-08")
    result = runner.invoke(
        args=["stamps", "issue", "mit-say", "MS-2025-08", "--count", "3"]
    )
    assert result.exit_code == 1 and "recalled" in result.output
    assert stamp_count(app, "MS-2025-08") == before


def test_nothing_is_issued_when_the_sheet_cannot_be_written(app, runner, tmp_path):
    before = stamp_count(app)
    out = tmp_path / "missing-folder" / "sheet.pdf"
    result = runner.invoke(
        args=[
            "stamps",
            "issue",
            "xoai-cat-chu-cao-lanh",
            "XCC-2025-07",
            "--count",
            "5",
            "--out",
            str(out),
        ]
    )
    assert result.exit_code != 0
    assert stamp_count(app) == before
    assert not out.exists()


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils")
@pytest.mark.parametrize("size_mm", [20, 15])
def test_printed_sheet_scans_to_genuine_pages(app, runner, tmp_path, size_mm):
    out = tmp_path / "sheet.pdf"
    result = runner.invoke(
        args=[
            "stamps",
            "issue",
            "xoai-cat-chu-cao-lanh",
            "XCC-2025-07",
            "--count",
            "24",
            "--out",
            str(out),
            "--size-mm",
            str(size_mm),
        ]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    urls = decode_pdf(out, tmp_path)
    assert len(urls) == 24  # every stamp on the sheet is read
    with app.app_context():
        issued = set(
            db.session.scalars(
                select(Stamp.code).join(Lot).where(Lot.code == "XCC-2025-07")
            )
        )
    client = app.test_client()
    for url in urls:
        assert url.startswith(BASE.upper() + "/T/")  # alphanumeric mode
        assert version_of(url) <= 3  # 42 characters: version 3 at level M
        path = url[len(BASE) :]
        assert path.removeprefix("/T/") in issued
        page = client.get(path, headers={"Accept-Language": "en"})
        assert page.status_code == 200
        assert "Genuine stamp" in page.get_data(as_text=True)
