"""OpenAPI 3.1 components: the shapes of v1 answers, parameters and errors."""


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "null"}]}


STR = {"type": "string"}
INT = {"type": "integer"}
DAY = {"type": "string", "format": "date"}
URL = {"type": "string", "format": "uri"}
TEXT = {
    "type": "object",
    "description": "Text in Vietnamese and English; en is null when not translated.",
    "properties": {"vi": STR, "en": _nullable(STR)},
    "required": ["vi", "en"],
}
NAMED = {
    "type": "object",
    "properties": {"slug": STR, "name": STR},
    "required": ["slug", "name"],
}

SCHEMAS = {
    "Text": TEXT,
    "Certificate": {
        "type": "object",
        "description": "An OCOP evaluation decision. Sample data has is_sample true.",
        "properties": {
            "number": STR,
            "level": {"enum": ["district", "province", "national"]},
            "stars": {"type": "integer", "minimum": 3, "maximum": 5},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "parts": {"type": "object", "additionalProperties": INT},
            "rule_set": _nullable(STR),
            "issued_on": DAY,
            "expires_on": DAY,
            "revoked_on": _nullable(DAY),
            "state": {"enum": ["current", "expired", "revoked"]},
            "is_sample": {"type": "boolean"},
        },
        "required": ["number", "level", "issued_on", "expires_on", "state"],
    },
    "Product": {
        "type": "object",
        "properties": {
            "slug": STR,
            "name": _ref("Text"),
            "summary": _ref("Text"),
            "stars": {
                "oneOf": [
                    {"type": "integer", "minimum": 3, "maximum": 5},
                    {"type": "null"},
                ],
                "description": "Stars of the current certificate; null when none is.",
            },
            "group": {
                "type": "object",
                "properties": {"code": STR, "name": _ref("Text")},
                "required": ["code", "name"],
            },
            "commune": NAMED,
            "producer": NAMED,
            "certificate": _nullable(_ref("Certificate")),
            "is_tourism": {"type": "boolean"},
            "is_sample": {"type": "boolean"},
            "url": URL,
            "updated_at": _nullable({"type": "string", "format": "date-time"}),
        },
        "required": [
            "slug",
            "name",
            "stars",
            "group",
            "commune",
            "producer",
            "certificate",
            "url",
        ],
    },
    "ProductDetail": {
        "allOf": [
            _ref("Product"),
            {
                "type": "object",
                "properties": {
                    "description": _ref("Text"),
                    "story": _ref("Text"),
                    "standards": {"type": "array", "items": STR},
                    "season": {
                        "type": "array",
                        "items": {"type": "integer", "minimum": 1, "maximum": 12},
                    },
                    "where_to_buy": _ref("Text"),
                    "price": _nullable(
                        {
                            "type": "object",
                            "properties": {
                                "min": INT,
                                "max": _nullable(INT),
                                "currency": {"const": "VND"},
                                "unit": _ref("Text"),
                            },
                        }
                    ),
                    "gtin": _nullable(STR),
                    "photos": {"type": "array", "items": _ref("Photo")},
                    "certificates": {"type": "array", "items": _ref("Certificate")},
                    "lots": {"type": "array", "items": _ref("LotRef")},
                    "tourism": _nullable(_ref("Tourism")),
                },
                "required": ["lots", "certificates"],
            },
        ]
    },
    "Photo": {
        "type": "object",
        "properties": {
            "url": URL,
            "width": INT,
            "height": INT,
            "sizes": {
                "type": "array",
                "items": {"type": "object", "properties": {"width": INT, "url": URL}},
            },
            "alt": _ref("Text"),
        },
        "required": ["url", "width", "height"],
    },
    "LotRef": {
        "type": "object",
        "properties": {
            "code": STR,
            "packed_on": _nullable(DAY),
            "recalled": {"type": "boolean"},
            "url": URL,
        },
        "required": ["code", "packed_on", "url"],
    },
    "Tourism": {
        "type": "object",
        "properties": {
            "opening_hours": _ref("Text"),
            "tickets": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "label": _ref("Text"),
                        "price": _nullable(INT),
                        "currency": {"const": "VND"},
                    },
                },
            },
            "address": STR,
            "lat": _nullable({"type": "number"}),
            "lon": _nullable({"type": "number"}),
            "activities": {
                "type": "object",
                "properties": {
                    "vi": {"type": "array", "items": STR},
                    "en": {"type": "array", "items": STR},
                },
            },
            "how_to_get_there": _ref("Text"),
            "best_months": {"type": "array", "items": INT},
        },
    },
    "Producer": {
        "type": "object",
        "properties": {
            "slug": STR,
            "name": STR,
            "legal_form": {
                "enum": [
                    "company",
                    "cooperative",
                    "cooperative_group",
                    "household",
                    "hoi_quan",
                ]
            },
            "commune": NAMED,
            "product_count": INT,
            "is_sample": {"type": "boolean"},
            "url": URL,
            "updated_at": _nullable({"type": "string", "format": "date-time"}),
        },
        "required": ["slug", "name", "legal_form", "commune", "url"],
    },
    "ProducerDetail": {
        "allOf": [
            _ref("Producer"),
            {
                "type": "object",
                "properties": {
                    "address": STR,
                    "phone": STR,
                    "website": _nullable(STR),
                    "story": _ref("Text"),
                    "lat": _nullable({"type": "number"}),
                    "lon": _nullable({"type": "number"}),
                    "products": {"type": "array", "items": _ref("Product")},
                },
                "required": ["products"],
            },
        ]
    },
    "Lot": {
        "type": "object",
        "description": "A lot: growing areas, packing house, dates, events, recall.",
        "properties": {
            "code": STR,
            "product": {"type": "object"},
            "harvested_on": _nullable(DAY),
            "packed_on": _nullable(DAY),
            "best_before": _nullable(DAY),
            "quantity": _nullable({"type": "number"}),
            "unit": STR,
            "growing_areas": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"code": STR, "crop": _ref("Text")},
                },
            },
            "packing_house": _nullable(
                {"type": "object", "properties": {"code": STR, "name": STR}}
            ),
            "events": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "kind": {
                            "enum": [
                                "harvest",
                                "processing",
                                "packing",
                                "inspection",
                                "shipping",
                            ]
                        },
                        "on": DAY,
                        "place": STR,
                        "note": _ref("Text"),
                    },
                },
            },
            "recall": _nullable(
                {"type": "object", "properties": {"on": DAY, "reason": _ref("Text")}}
            ),
            "url": URL,
        },
        "required": ["code", "product"],
    },
    "Stamp": {
        "type": "object",
        "properties": {
            "code": {"type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{16}$"},
            "status": {
                "type": "string",
                "description": "genuine, scanned_often (may be copied), recalled or "
                "void. Unknown codes are a 404.",
            },
            "scans": INT,
            "first_scanned_at": _nullable({"type": "string", "format": "date-time"}),
            "product": {"type": "object"},
            "lot": {"type": "object"},
        },
        "required": ["code", "status", "scans", "first_scanned_at", "product", "lot"],
    },
    "Facet": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"value": {}, "label": STR, "count": INT},
            "required": ["value", "count"],
        },
    },
    "SearchResult": {
        "allOf": [
            _ref("ProductPage"),
            {
                "type": "object",
                "properties": {
                    "query": STR,
                    "facets": {
                        "type": "object",
                        "properties": {
                            "stars": _ref("Facet"),
                            "group": _ref("Facet"),
                            "commune": _ref("Facet"),
                        },
                    },
                    "codes": {
                        "type": "array",
                        "description": "Exact matches of PUC, PHC, lot or stamp codes.",
                        "items": {
                            "type": "object",
                            "properties": {
                                "kind": STR,
                                "code": STR,
                                "label": STR,
                                "url": STR,
                                "is_sample": {"type": "boolean"},
                            },
                        },
                    },
                    "corrections": {},
                    "partial": {"type": "boolean"},
                },
                "required": ["facets"],
            },
        ]
    },
    "Suggestion": {
        "type": "object",
        "properties": {"label": STR, "url": STR},
        "required": ["label", "url"],
    },
    "Error": {
        "type": "object",
        "properties": {
            "error": {
                "type": "object",
                "properties": {"code": STR, "message": STR},
                "required": ["code", "message"],
            }
        },
        "required": ["error"],
    },
}

for _name, _schema in (("ProductPage", "Product"), ("ProducerPage", "Producer")):
    SCHEMAS[_name] = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": _ref(_schema)},
            "total": INT,
            "page": {"type": "integer", "minimum": 1},
            "per_page": {"type": "integer", "minimum": 1, "maximum": 100},
        },
        "required": ["items", "total", "page", "per_page"],
    }

PARAMETERS = {
    "page": {
        "name": "page",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "default": 1},
        "description": "Page number; a page past the end is empty.",
    },
    "per_page": {
        "name": "per_page",
        "in": "query",
        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 24},
    },
    "stars": {
        "name": "stars",
        "in": "query",
        "schema": {"type": "array", "items": {"enum": [3, 4, 5]}},
        "style": "form",
        "explode": True,
        "description": "Current certificate of these star levels (repeatable).",
    },
    "group": {
        "name": "group",
        "in": "query",
        "schema": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,31}$"},
        "description": "OCOP product group code, e.g. food, beverages, tourism.",
    },
    "commune": {
        "name": "commune",
        "in": "query",
        "schema": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,119}$"},
        "description": "Commune slug, e.g. my-xuong.",
    },
    "producer": {
        "name": "producer",
        "in": "query",
        "schema": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,119}$"},
        "description": "Producer slug.",
    },
    "q": {
        "name": "q",
        "in": "query",
        "required": True,
        "schema": {"type": "string", "maxLength": 200},
        "description": "Words to find; Vietnamese without diacritics works.",
    },
    "slug": {"name": "slug", "in": "path", "required": True, "schema": STR},
    "lang": {
        "name": "Accept-Language",
        "in": "header",
        "schema": STR,
        "description": "Language of error messages (vi or en).",
    },
}


def json_body(schema: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": _ref(schema)}},
    }


RESPONSES = {
    "BadRequest": json_body("Error", "A parameter has a bad value."),
    "NotFound": json_body("Error", "Nothing public has that identifier."),
    "NotModified": {"description": "Unchanged since the ETag or date you sent."},
    "TooManyRequests": json_body("Error", "Too many requests: wait a minute."),
}

SCHEMAS["Suggestions"] = {
    "type": "array",
    "maxItems": 10,
    "items": _ref("Suggestion"),
}
