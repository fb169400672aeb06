"""The OpenAPI 3.1 description of every v1 route, served at /api/v1/openapi.json."""

from flask import current_app

from catalogue.api.schemas import PARAMETERS, RESPONSES, SCHEMAS, STR, json_body
from catalogue.api.views import bp, json_read


def _get(summary: str, op_id: str, schema: str, params=(), extra=None, cached=True):
    responses = {"200": json_body(schema, summary)}
    if cached:
        responses["304"] = {"$ref": "#/components/responses/NotModified"}
    for status, name in (extra or {}).items():
        responses[status] = {"$ref": f"#/components/responses/{name}"}
    return {
        "get": {
            "summary": summary,
            "operationId": op_id,
            "parameters": [
                {"$ref": f"#/components/parameters/{p}"} for p in (*params, "lang")
            ],
            "responses": responses,
        }
    }


LIST = ("stars", "group", "commune", "producer", "page", "per_page")
PATHS = {
    "/products": _get(
        "Published products, best stars first (filters as on /products). With q, "
        "redirects to /search.",
        "listProducts",
        "ProductPage",
        LIST,
        {"400": "BadRequest"},
    ),
    "/products/{slug}": _get(
        "One published product with story, photos, certificates and lots.",
        "getProduct",
        "ProductDetail",
        ("slug",),
        {"404": "NotFound"},
    ),
    "/producers": _get(
        "Producers with published products, by name.",
        "listProducers",
        "ProducerPage",
        ("page",),
        {"400": "BadRequest"},
    ),
    "/producers/{slug}": _get(
        "One producer with contact details, story and products.",
        "getProducer",
        "ProducerDetail",
        ("slug",),
        {"404": "NotFound"},
    ),
    "/lots/{slug}/{lot}": _get(
        "One lot of a product: growing areas, packing house, dates, events, recall.",
        "getLot",
        "Lot",
        ("slug",),
        {"404": "NotFound"},
        cached=False,
    ),
    "/stamps/{code}": _get(
        "Check a stamp code without recording a scan.",
        "getStamp",
        "Stamp",
        (),
        {"400": "BadRequest", "404": "NotFound", "429": "TooManyRequests"},
        cached=False,
    ),
    "/search": _get(
        "Full-text search with facet counts (stars, group, commune).",
        "search",
        "SearchResult",
        ("q", *LIST),
        {"400": "BadRequest"},
        cached=False,
    ),
    "/suggest": _get(
        "Up to 10 suggestions for autocomplete.",
        "suggest",
        "Suggestions",
        ("q",),
        {"400": "BadRequest"},
        cached=False,
    ),
    "/openapi.json": {
        "get": {
            "summary": "This description.",
            "operationId": "openapi",
            "responses": {"200": {"description": "OpenAPI 3.1 document."}},
        }
    },
}
PATHS["/lots/{slug}/{lot}"]["get"]["parameters"].insert(
    1, {"name": "lot", "in": "path", "required": True, "schema": STR}
)
PATHS["/stamps/{code}"]["get"]["parameters"].insert(
    0,
    {
        "name": "code",
        "in": "path",
        "required": True,
        "schema": STR,
        "description": "16 characters; case, hyphens and spaces are ignored.",
    },
)


def document(base_url: str) -> dict:
    """The whole OpenAPI document for a site."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "OCOP Cao Lãnh open data",
            "version": "1.0.0",
            "description": (
                "Public, read-only data of the OCOP catalogue of Cao Lãnh district, "
                "Đồng Tháp: products, certificates, producers, lots and stamps. "
                "Records marked is_sample are invented demonstration data. Reads "
                "carry ETag and Last-Modified; send If-None-Match or "
                "If-Modified-Since to get 304 when nothing changed. Errors are "
                '{"error": {"code", "message"}}.'
            ),
            "license": {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"},
        },
        "servers": [{"url": base_url + "/api/v1"}],
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "parameters": PARAMETERS,
            "responses": RESPONSES,
        },
    }


@bp.get("/openapi.json")
def openapi_document():
    return json_read(document(current_app.config["BASE_URL"]), max_age=3600)
