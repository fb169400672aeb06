"""Public pages: home, products, producers, tourism, sitemap and robots."""

from urllib.parse import urlencode

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import text

from catalogue import media
from catalogue.errors import error_response
from catalogue.extensions import db
from catalogue.i18n import locale
from catalogue.public import directory, helpers, queries, seo
from catalogue.public.filters import (
    SLUG,
    FilterError,
    parse_page,
    parse_product_filters,
)

bp = Blueprint("public", __name__)
helpers.register(bp)
bp.add_url_rule("/media/<name>", "media", media.serve, methods=["GET"])


@bp.after_request
def conditional(response):
    """Let phones revalidate a page they have instead of downloading it again."""
    if request.method == "GET" and response.status_code == 200:
        if response.mimetype in ("text/html", "application/xml", "text/plain"):
            response.cache_control.no_cache = True
            response.add_etag()
            response.make_conditional(request)
    return response


@bp.get("/")
def home():
    return render_template(
        "public/home.html",
        featured=queries.featured_products(limit=8),
        groups=queries.group_counts(),
        tourism=queries.tourism_services()[:3],
        programme=directory.programme_line(),
    )


@bp.get("/products")
def product_list():
    if request.args.get("q", "").strip():
        return redirect("/search?" + urlencode(list(request.args.items(multi=True))))
    try:
        filters = parse_product_filters(request.args, current_app.config["PER_PAGE"])
    except FilterError as exc:
        return error_response(400, str(exc))
    return render_template(
        "public/product_list.html",
        filters=filters,
        page=queries.product_page(filters),
        facets=queries.product_facets(filters),
    )


@bp.get("/products/<slug>")
def product_detail(slug: str):
    product = _published(slug)
    if product.tourism:
        return redirect(url_for("public.tourism_detail", slug=slug))
    evaluation = product.current_evaluation()
    return render_template(
        "public/product_detail.html",
        product=product,
        evaluation=evaluation,
        latest=product.evaluations[0] if product.evaluations else None,
        lots=sorted(product.lots, key=_lot_order),
        jsonld=seo.product_jsonld(product, evaluation, locale()),
    )


@bp.get("/producers")
def producer_list():
    try:
        number = parse_page(request.args)
    except FilterError as exc:
        return error_response(400, str(exc))
    page = directory.producer_page(number, current_app.config["PER_PAGE"])
    return render_template("public/producer_list.html", page=page)


@bp.get("/producers/<slug>")
def producer_detail(slug: str):
    found = directory.producer_by_slug(slug) if SLUG.match(slug) else None
    if found is None:
        abort(404)
    producer, products = found
    return render_template(
        "public/producer_detail.html", producer=producer, products=products
    )


@bp.get("/tourism")
def tourism_list():
    return render_template(
        "public/tourism_list.html", places=queries.tourism_services()
    )


@bp.get("/tourism/<slug>")
def tourism_detail(slug: str):
    product = _published(slug)
    if not product.tourism:
        return redirect(url_for("public.product_detail", slug=slug))
    evaluation = product.current_evaluation()
    return render_template(
        "public/tourism_detail.html",
        product=product,
        service=product.tourism[0],
        evaluation=evaluation,
        latest=product.evaluations[0] if product.evaluations else None,
        nearby=queries.commune_products(product.commune_id, exclude_id=product.id),
        jsonld=seo.product_jsonld(product, evaluation, locale()),
    )


@bp.get("/sitemap.xml")
def sitemap():
    body = render_template("public/sitemap.xml", rows=directory.sitemap_rows())
    return current_app.response_class(body, mimetype="application/xml")


@bp.get("/robots.txt")
def robots():
    body = render_template("public/robots.txt")
    return current_app.response_class(body, mimetype="text/plain")


@bp.get("/healthz")
def healthz():
    db.session.execute(text("SELECT 1"))
    return {"status": "ok"}


def _published(slug: str):
    product = queries.product_by_slug(slug) if SLUG.match(slug) else None
    if product is None:
        abort(404)
    return product


def _lot_order(lot):
    return (lot.packed_on is None, -(lot.packed_on.toordinal() if lot.packed_on else 0))
