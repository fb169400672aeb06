"""search: a change log of search_item, so processes can keep bitmaps in step

Revision ID: 0005_search_changes
Revises: 0004_one_pending_revision

Every statement that changes search_item bumps search_state.version (a row
lock: versions commit in order) and records the product ids it touched under
that version. A process holding facet and word bitmaps (search/bitmaps.py)
reads the ids changed since its version and patches just those bits. The last
1,000 versions are kept; a process further behind starts afresh. search_bitmap
holds the word-group bitmaps a process learnt, for the others to load.
"""

from alembic import op

revision = "0005_search_changes"
down_revision = "0004_one_pending_revision"
branch_labels = None
depends_on = None

KEEP_VERSIONS = 1000

LOG = f"""
CREATE FUNCTION search_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v bigint;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM new_rows) THEN
    RETURN NULL;
  END IF;
  UPDATE search_state SET version = version + 1 RETURNING version INTO v;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_change SELECT v, product_id FROM old_rows;
  ELSE
    INSERT INTO search_change SELECT v, product_id FROM new_rows;
  END IF;
  DELETE FROM search_change WHERE version <= v - {KEEP_VERSIONS};
  RETURN NULL;
END
$$;
"""


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE search_state (one boolean PRIMARY KEY DEFAULT true"
        " CHECK (one), version bigint NOT NULL DEFAULT 0)"
    )
    op.execute("INSERT INTO search_state DEFAULT VALUES")
    op.execute(
        "CREATE TABLE search_change (version bigint NOT NULL,"
        " product_id integer NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_change_version ON search_change (version)")
    # Word-group bitmaps learnt by one process, for the others (little-endian).
    op.execute(
        "CREATE TABLE search_bitmap (key text PRIMARY KEY,"
        " version bigint NOT NULL, bits bytea NOT NULL)"
    )
    op.execute(LOG)
    for event, refs in (
        ("insert", "NEW TABLE AS new_rows"),
        ("update", "NEW TABLE AS new_rows"),
        ("delete", "OLD TABLE AS old_rows"),
    ):
        op.execute(
            f"CREATE TRIGGER search_item_log_{event} AFTER {event.upper()}"
            f" ON search_item REFERENCING {refs} FOR EACH STATEMENT"
            " EXECUTE FUNCTION search_log()"
        )


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER search_item_log_{event} ON search_item")
    op.execute("DROP FUNCTION search_log()")
    op.execute("DROP TABLE search_bitmap")
    op.execute("DROP TABLE search_change")
    op.execute("DROP TABLE search_state")
