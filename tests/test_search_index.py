"""The embedded Whoosh index: built when missing, repaired when broken, rebuilt by
command, and never losing an update when several processes write at once."""

import gc
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from catalogue.extensions import db
from catalogue.models import Product
from catalogue.public.filters import ProductFilters
from catalogue.search import service
from catalogue.search.text import fold, words
from catalogue.search.whoosh_index import fold_analyzer

ROOT = Path(__file__).resolve().parent.parent


def index_dir(app) -> Path:
    return Path(app.instance_path) / "search-index" / "whoosh"


def search(app, query):
    with app.app_context():
        return service.search_products(query, ProductFilters())


def published(app) -> int:
    with app.app_context():
        return service.published_count()


def test_a_missing_index_is_built_on_first_search(app):
    assert not index_dir(app).exists()
    page = search(app, "xoai cat chu")
    assert not page.degraded and page.items[0].slug == "xoai-cat-chu-cao-lanh"
    assert any(index_dir(app).glob("*.seg"))


def test_a_missing_index_is_built_on_first_suggestion_too(app):
    assert not index_dir(app).exists()
    with app.app_context():
        _, products = service.suggest("gạo")  # exact diacritics: gạo before gáo
    assert [p.slug for p in products][:2] == ["gao-sach-binh-hang-trung", "gao-akita-x"]
    assert any(index_dir(app).glob("*.seg"))


def test_reindex_command_rebuilds_from_the_database(app, runner):
    result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert f"search index: {published(app)} published products" in result.output
    assert search(app, "jackfruit").items[0].slug == "mit-say"


@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_corrupt_index_is_noticed_and_rebuilt(app):
    search(app, "xoai")
    for segment in index_dir(app).glob("*.seg"):
        segment.write_bytes(b"\x00garbage" * 100)
    with app.app_context():
        app.extensions["catalogue.search"].reset()  # as a freshly started worker
    page = search(app, "jackfruit")
    assert [p.slug for p in page.items] == ["mit-say"]
    assert not search(app, "mango").degraded
    gc.collect()  # Whoosh leaves the broken file objects to the collector


def test_search_answers_from_the_database_while_a_big_index_is_rebuilt(app_factory):
    app = app_factory(SEARCH_SYNC_REBUILD_MAX=0)
    page = search(app, "Xoài Cát Chu")
    assert page.degraded  # the plain database fallback answered…
    assert page.items[0].slug == "xoai-cat-chu-cao-lanh"
    assert "Xoài Cát Chu" in [p.name_vi for p in page.items][0]
    app.extensions["catalogue.search"].wait(60)
    page = search(app, "xoaai")  # …then the rebuilt index, typos and all
    assert not page.degraded and page.items[0].slug == "xoai-cat-chu-cao-lanh"


WRITER = r"""
import sys
import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from catalogue import create_app
from catalogue.extensions import db
from catalogue.models import Product
from tests.conftest import base_config

instance, database, tag, rounds = sys.argv[1:4] + [int(sys.argv[4])]
app = create_app(base_config(instance, "sqlite:///" + database))
slugs = ["mit-say", "chuoi-say", "hat-sen-say", "oi-thien-phu"]
with app.app_context():
    for i in range(rounds):
        for k, slug in enumerate(slugs):
            while True:  # the other worker may have saved it first: try again
                product = db.session.scalars(select(Product).filter_by(slug=slug)).one()
                product.summary_en = f"zz{tag}{i}p{k} shared{i}"
                try:
                    db.session.commit()
                    break
                except StaleDataError:
                    db.session.rollback()
print("done")
"""


def test_two_processes_writing_at_once_lose_no_update(app, tmp_path):
    search(app, "xoai")  # the index exists
    instance = app.instance_path
    database = str(Path(instance) / "catalogue.sqlite3")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rounds = 6
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, instance, database, tag, str(rounds)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("aa", "bb")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0 and "done" in out, err[-2000:]
    with app.app_context():
        app.extensions["catalogue.search"].reset()
        summaries = dict(
            db.session.execute(
                select(Product.slug, Product.summary_en).where(
                    Product.summary_en.like("zz%")
                )
            ).all()
        )
    assert len(summaries) == 4
    for slug, summary in summaries.items():
        latest = summary.split()[0]
        assert [p.slug for p in search(app, latest).items] == [slug], (slug, latest)
    last = f"shared{rounds - 1}"
    assert {p.slug for p in search(app, last).items} == set(summaries)
    with app.app_context():  # no stale document left behind
        snapshot = app.extensions["catalogue.search"]._current()
        assert not snapshot.postings("body", "shared0")
    pending = Path(instance) / "search-index" / "pending"
    assert not list(pending.glob("*.ids"))


def test_stars_that_expire_stop_counting_without_any_write(app, monkeypatch):
    page = search(app, "xoai")
    assert dict(page.facets["stars"])[5] == 1
    # Xoài Cát Chu's sample certificate (15 Oct 2024) runs 36 months.
    later = date(2027, 10, 16)
    monkeypatch.setattr("catalogue.search.whoosh_engine.today", lambda: later)
    monkeypatch.setattr("catalogue.search.documents.today", lambda: later)
    page = search(app, "xoai")
    assert dict(page.facets["stars"])[5] == 0


def test_the_whoosh_analyzer_folds_exactly_like_queries_and_postgres():
    samples = [
        "Xoài Cát Chu",
        "An Bình ý",
        "ĐẶC SẢN Đồng Tháp",
        "xoa\u0300i",  # decomposed input
        "Ổi, Ưu, Ợ; Ỹ",
        "VN-DTOR-0001 A1",
    ]
    analyzer = fold_analyzer()
    for text in samples:
        assert [t.text for t in analyzer(text)] == words(text)
    assert fold("Đặc sản") == "dac san"
    assert words("An Bình ý") == ["an", "binh", "y"]  # short words are kept


def test_whoosh_imports_cleanly_with_warnings_as_errors():
    code = (
        "import whoosh.index, whoosh.fields, whoosh.analysis, whoosh.writing, "
        "whoosh.searching, whoosh.codec.whoosh3, whoosh.support.charset"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-X", "dev", "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_a_product_with_a_new_lot_code_is_found_by_it(app):
    from catalogue.models import Lot

    search(app, "xoai")
    with app.app_context():
        product = db.session.scalars(
            select(Product).filter_by(slug="oi-thien-phu")
        ).one()
        db.session.add(Lot(product=product, code="OTP-2026-01", is_sample=True))
        db.session.commit()
    page = search(app, "OTP-2026-01")
    assert [p.slug for p in page.items] == ["oi-thien-phu"]
    assert page.codes[0].url == "/products/oi-thien-phu/lots/OTP-2026-01"
    assert search(app, "oi otp 2026").items[0].slug == "oi-thien-phu"
