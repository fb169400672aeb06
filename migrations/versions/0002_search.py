"""search in PostgreSQL: unaccent, pg_trgm, a trigger-kept search table

Revision ID: 0002_search
Revises: 0001
Create Date: 2026-11-28

On PostgreSQL the database is the search engine: `search_item` holds one row per
published product with folded word vectors (GIN indexes), stars and facet ids,
kept in step by statement triggers in the same transaction as every change, so
every node sees every commit. `search_word` is the lexicon for prefixes and
spelling (pg_trgm). Nothing happens on SQLite (Whoosh is used there).
"""

from alembic import op

revision = "0002_search"
down_revision = "0001"
branch_labels = None
depends_on = None

FUNCTIONS = r"""
CREATE FUNCTION search_fold(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary,
    CASE WHEN $1 ~ '[\u0300-\u036f]' THEN normalize($1, NFC) ELSE $1 END))
$$;

CREATE FUNCTION search_words(text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(
    regexp_split_to_array(search_fold(coalesce($1, '')), '\W+'), ''))
$$;

CREATE FUNCTION search_exact_words(text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(
    regexp_split_to_array(lower(normalize(coalesce($1, ''), NFC)), '\W+'), ''))
$$;

CREATE FUNCTION search_refresh(ids integer[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  DELETE FROM search_item s
  WHERE s.product_id = ANY(ids)
    AND NOT EXISTS (
      SELECT 1 FROM product p WHERE p.id = s.product_id AND p.status = 'published');
  WITH src AS (
    SELECT p.id, p.group_id, p.commune_id, coalesce(ev.stars, 0) AS stars,
      ev.until, least(char_length(p.name_vi), 65535) AS name_len,
      search_words(p.name_vi || ' ' || p.name_en) AS names,
      search_words(concat_ws(' ', p.name_vi, p.name_en, pr.name, c.name, g.name_vi,
        g.name_en, st.words, codes.words)) AS near,
      search_words(concat_ws(' ', p.summary_vi, p.summary_en, p.description_vi,
        p.description_en, p.story_vi, p.story_en)) AS body,
      search_exact_words(p.name_vi || ' ' || p.name_en) AS exact
    FROM product p
    JOIN producer pr ON pr.id = p.producer_id
    JOIN commune c ON c.id = p.commune_id
    JOIN product_group g ON g.id = p.group_id
    LEFT JOIN LATERAL (
      SELECT string_agg(value, ' ') AS words
      FROM json_array_elements_text(coalesce(p.standards::json, '[]'::json))
    ) st ON true
    LEFT JOIN LATERAL (
      SELECT e.stars, least(e.expires_on, e.revoked_on) AS until
      FROM evaluation e
      WHERE e.product_id = p.id AND e.expires_on > current_date
        AND (e.revoked_on IS NULL OR e.revoked_on > current_date)
      ORDER BY e.decided_on DESC, e.id DESC LIMIT 1
    ) ev ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', l.code,
        (SELECT h.code FROM packing_house h WHERE h.id = l.packing_house_id),
        (SELECT string_agg(a.code, ' ') FROM lot_growing_area la
           JOIN growing_area a ON a.id = la.growing_area_id
           WHERE la.lot_id = l.id)), ' ') AS words
      FROM lot l WHERE l.product_id = p.id
    ) codes ON true
    WHERE p.id = ANY(ids) AND p.status = 'published'
  )
  INSERT INTO search_item AS s (
    product_id, group_id, commune_id, stars, stars_until, rank,
    names, exact, near, doc)
  SELECT id, group_id, commune_id, stars, until,
    (5 - stars)::bigint * 17592186044416 + name_len::bigint * 16777216 + id,
    names, exact, near, near || body
  FROM src
  ON CONFLICT (product_id) DO UPDATE SET
    group_id = excluded.group_id, commune_id = excluded.commune_id,
    stars = excluded.stars, stars_until = excluded.stars_until,
    rank = excluded.rank, names = excluded.names, exact = excluded.exact,
    near = excluded.near, doc = excluded.doc;
  INSERT INTO search_word (word)
  SELECT DISTINCT unnest(tsvector_to_array(s.doc))
  FROM search_item s WHERE s.product_id = ANY(ids)
  ON CONFLICT DO NOTHING;
END
$$;
"""

# Each trigger function turns the changed rows into product ids to refresh.
TOUCH = {
    "product": "SELECT id FROM new_rows",
    "evaluation": "SELECT product_id FROM {rows}",
    "lot": "SELECT product_id FROM {rows}",
    "lot_growing_area": "SELECT l.product_id FROM lot l"
    " JOIN {rows} r ON r.lot_id = l.id",
    "producer": "SELECT p.id FROM product p JOIN new_rows n ON n.id = p.producer_id"
    " JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name",
    "commune": "SELECT p.id FROM product p JOIN new_rows n ON n.id = p.commune_id"
    " JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name",
    "product_group": "SELECT p.id FROM product p JOIN new_rows n ON n.id = p.group_id"
    " JOIN old_rows o ON o.id = n.id"
    " WHERE (n.name_vi, n.name_en) IS DISTINCT FROM (o.name_vi, o.name_en)",
    "growing_area": "SELECT l.product_id FROM lot l"
    " JOIN lot_growing_area la ON la.lot_id = l.id JOIN new_rows n"
    " ON n.id = la.growing_area_id JOIN old_rows o ON o.id = n.id"
    " WHERE n.code IS DISTINCT FROM o.code",
    "packing_house": "SELECT l.product_id FROM lot l JOIN new_rows n"
    " ON n.id = l.packing_house_id JOIN old_rows o ON o.id = n.id"
    " WHERE n.code IS DISTINCT FROM o.code",
}
EVENTS = {
    "product": ("INSERT", "UPDATE"),
    "evaluation": ("INSERT", "UPDATE", "DELETE"),
    "lot": ("INSERT", "UPDATE", "DELETE"),
    "lot_growing_area": ("INSERT", "DELETE"),
    "producer": ("UPDATE",),
    "commune": ("UPDATE",),
    "product_group": ("UPDATE",),
    "growing_area": ("UPDATE",),
    "packing_house": ("UPDATE",),
}


def _touch_function(table: str) -> str:
    query = TOUCH[table]
    if "{rows}" in query:
        body = f"""
  IF TG_OP = 'DELETE' THEN
    PERFORM search_refresh(ARRAY({query.format(rows="old_rows")}));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM search_refresh(ARRAY({query.format(rows="new_rows")}
      UNION {query.format(rows="old_rows")}));
  ELSE
    PERFORM search_refresh(ARRAY({query.format(rows="new_rows")}));
  END IF;"""
    else:
        body = f"\n  PERFORM search_refresh(ARRAY({query}));"
    # Bulk loaders set catalogue.search_defer and refresh once at the end.
    skip = (
        "\n  IF current_setting('catalogue.search_defer', true) = 'on' THEN"
        "\n    RETURN NULL;\n  END IF;"
    )
    return (
        f"CREATE FUNCTION search_touch_{table}() RETURNS trigger LANGUAGE plpgsql"
        f" AS $$\nBEGIN{skip}{body}\n  RETURN NULL;\nEND\n$$;"
    )


def _triggers(table: str) -> list[str]:
    out = []
    for event in EVENTS[table]:
        refs = {
            "INSERT": "NEW TABLE AS new_rows",
            "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
            "DELETE": "OLD TABLE AS old_rows",
        }[event]
        out.append(
            f'CREATE TRIGGER search_{table}_{event.lower()} AFTER {event} ON "{table}"'
            f" REFERENCING {refs} FOR EACH STATEMENT"
            f" EXECUTE FUNCTION search_touch_{table}()"
        )
    return out


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
    # A narrow heap: facet columns, the rank and the short vectors the ranking
    # tiers test (names, exact, near) stay in the row; the long one (doc, only
    # ever used through its GIN index) lives out of line (TOAST), so counting
    # tens of thousands of matches reads tens of megabytes, not hundreds.
    # PostgreSQL only moves values out of line in rows over ~2 kB, so every row
    # carries a padding value that compresses to a few bytes but gets the row
    # past that threshold.
    op.execute(
        """
        CREATE TABLE search_item (
          product_id integer PRIMARY KEY REFERENCES product (id) ON DELETE CASCADE,
          group_id integer NOT NULL,
          commune_id integer NOT NULL,
          stars smallint NOT NULL DEFAULT 0,
          stars_until date,
          rank bigint NOT NULL,
          names tsvector NOT NULL,
          exact tsvector NOT NULL,
          near tsvector NOT NULL,
          doc tsvector NOT NULL,
          toast_pad text NOT NULL DEFAULT repeat('.', 2100)
        ) WITH (toast_tuple_target = 128)
        """
    )
    op.execute(
        "ALTER TABLE search_item ALTER COLUMN names SET STORAGE MAIN,"
        " ALTER COLUMN exact SET STORAGE MAIN,"
        " ALTER COLUMN near SET STORAGE MAIN,"
        " ALTER COLUMN doc SET STORAGE EXTERNAL"
    )
    op.execute("CREATE INDEX ix_search_item_doc ON search_item USING gin (doc)")
    op.execute("CREATE INDEX ix_search_item_near ON search_item USING gin (near)")
    op.execute("CREATE INDEX ix_search_item_names ON search_item USING gin (names)")
    op.execute("CREATE INDEX ix_search_item_rank ON search_item (rank)")
    op.execute(
        "CREATE INDEX ix_search_item_until ON search_item (stars_until) WHERE stars > 0"
    )
    # Byte order: the primary key answers prefix look-ups (LIKE 'xoa%') too.
    op.execute('CREATE TABLE search_word (word text COLLATE "C" PRIMARY KEY)')
    op.execute(
        # On lower(word) (words are folded already, so it is the word itself):
        # a trigram index on the bare column would also be picked, slowly, for
        # the exact look-ups the primary key answers.
        "CREATE INDEX ix_search_word_trgm ON search_word"
        " USING gin (lower(word) public.gin_trgm_ops)"
    )
    op.execute(FUNCTIONS)
    for table in TOUCH:
        op.execute(_touch_function(table))
        for statement in _triggers(table):
            op.execute(statement)
    op.execute(
        "SELECT search_refresh(ARRAY("
        "SELECT id FROM product WHERE status = 'published'))"
    )


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TOUCH:
        for event in EVENTS[table]:
            op.execute(
                f'DROP TRIGGER IF EXISTS search_{table}_{event.lower()} ON "{table}"'
            )
        op.execute(f"DROP FUNCTION IF EXISTS search_touch_{table}()")
    op.execute("DROP FUNCTION IF EXISTS search_refresh(integer[])")
    op.execute("DROP TABLE IF EXISTS search_item")
    op.execute("DROP TABLE IF EXISTS search_word")
    op.execute("DROP FUNCTION IF EXISTS search_exact_words(text)")
    op.execute("DROP FUNCTION IF EXISTS search_words(text)")
    op.execute("DROP FUNCTION IF EXISTS search_fold(text)")
