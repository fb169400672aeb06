"""Trade-fair kiosk mode under /kiosk: attract screen, big tiles, take-away QR codes."""

from flask import Blueprint, abort, current_app, redirect, render_template, request
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from catalogue import i18n
from catalogue.errors import MESSAGES
from catalogue.kiosk import context, offline, queries
from catalogue.public.filters import FilterError, parse_page

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")

bp.before_request(context.load_timers)
bp.after_request(context.remember_timers)
bp.context_processor(context.template_helpers)


@bp.get("/")
def attract():
    return render_template("kiosk/attract.html", slides=queries.attract_slides())


@bp.get("/groups/")
def group_list():
    groups, _communes = queries.browse_counts()
    return render_template("kiosk/group_list.html", groups=groups)


@bp.get("/groups/<code>")
def group_detail(code: str):
    group = queries.group_by_code(code)
    if group is None:
        abort(404)
    return _product_list(
        group.name(i18n.locale()),
        queries.products(_page_number(), group=code),
        back=context.kiosk_url("kiosk.group_list"),
    )


@bp.get("/communes/")
def commune_list():
    _groups, communes = queries.browse_counts()
    return render_template("kiosk/commune_list.html", communes=communes)


@bp.get("/communes/<slug>")
def commune_detail(slug: str):
    commune = queries.commune(slug)
    if commune is None:
        abort(404)
    return _product_list(
        commune.name,
        queries.products(_page_number(), commune=slug),
        back=context.kiosk_url("kiosk.commune_list"),
    )


def _page_number() -> int:
    try:
        return parse_page(request.args)
    except FilterError as exc:
        abort(400, description=str(exc))


def _product_list(title: str, page, back: str):
    if page.page > page.pages:
        abort(404)
    return render_template(
        "kiosk/product_list.html",
        title=title,
        products=page.items,
        pager=page,
        back=back,
    )


@bp.get("/tourism/")
def tourism_list():
    return render_template(
        "kiosk/product_list.html",
        title=_("Eco-tourism"),
        intro=_("Melaleuca forests, lotus ponds and orchards to visit."),
        products=queries.tourism_services(),
    )


@bp.get("/products/<slug>")
def product_detail(slug: str):
    product = queries.published_product(slug)
    if product is None:
        abort(404)
    if product.group.is_tourism:
        return redirect(context.kiosk_url("kiosk.tourism_detail", slug=slug))
    url = context.public_url(product)
    return render_template(
        "kiosk/product_detail.html",
        product=product,
        back=context.kiosk_url("kiosk.group_detail", code=product.group.code),
        public_url=url,
        qr=context.qr_svg(url),
        story=context.without_links,
    )


@bp.get("/tourism/<slug>")
def tourism_detail(slug: str):
    product = queries.published_product(slug)
    if product is None:
        abort(404)
    if not product.group.is_tourism:
        return redirect(context.kiosk_url("kiosk.product_detail", slug=slug))
    url = context.public_url(product)
    return render_template(
        "kiosk/tourism_detail.html",
        product=product,
        back=context.kiosk_url("kiosk.tourism_list"),
        service=queries.tourism_service(product),
        nearby=queries.nearby_products(product),
        public_url=url,
        qr=context.qr_svg(url),
        story=context.without_links,
    )


@bp.get("/stamp")
def stamp_check():
    raw = request.args.get("code", "")[:64]
    if not raw.strip():
        return render_template("kiosk/stamp_check.html", raw="", result=None)
    result = queries.check_stamp(raw)
    if result.state == "unknown" and not result.code:
        status = 400  # not even the shape of a code
    else:
        status = 404 if result.state == "unknown" else 200
    return render_template("kiosk/stamp_check.html", raw=raw, result=result), status


@bp.get("/offline")
def offline_page():
    return render_template("kiosk/offline.html")


@bp.get("/manifest.webmanifest")
def manifest():
    return offline.manifest_response()


@bp.get("/sw.js")
def service_worker():
    return offline.service_worker_response()


@bp.get("/precache.json")
def precache():
    return offline.precache_response()


@bp.route("/<path:rest>", methods=["GET", "HEAD"])
def not_found(rest: str):
    # Unknown kiosk addresses get the kiosk's own page, never the site's layout.
    abort(404)


@bp.errorhandler(HTTPException)
def kiosk_error(exc: HTTPException):
    status = exc.code or 500
    ours = exc.description != type(exc).description
    message = exc.description if ours else str(MESSAGES.get(status, MESSAGES[500]))
    return render_template("kiosk/error.html", status=status, message=message), status


@bp.errorhandler(Exception)
def kiosk_crash(exc: Exception):
    current_app.logger.exception("unhandled kiosk error", exc_info=exc)
    return render_template(
        "kiosk/error.html", status=500, message=str(MESSAGES[500])
    ), 500
