"""search: a change log of search_item, so processes can keep bitmaps in step

Revision ID: 0005_search_changes
Revises: 0004_one_pending_revision

Every statement that changes search_item records the product ids it touched,
with its transaction id, in search_change: no lock, so writers never wait on one
another. A process holding facet and word bitmaps (search/postgres_bitmaps.py)
remembers the oldest transaction still running when it last looked (every older
one has ended, so its changes are visible) and next time re-reads the products
changed by that transaction or later. Rows older than an hour are pruned;
search_state.pruned_below says how far, so a process further behind starts
afresh. search_bitmap holds the word-group bitmaps one process learnt, for the
others to load.
"""

from alembic import op

revision = "0005_search_changes"
down_revision = "0004_one_pending_revision"
branch_labels = None
depends_on = None

LOG = """
CREATE FUNCTION search_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_change (product_id) SELECT product_id FROM old_rows;
  ELSE
    INSERT INTO search_change (product_id) SELECT product_id FROM new_rows;
  END IF;
  RETURN NULL;
END
$$;
"""


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE search_state (one boolean PRIMARY KEY DEFAULT true"
        " CHECK (one), pruned_below bigint NOT NULL DEFAULT 0)"
    )
    op.execute("INSERT INTO search_state DEFAULT VALUES")
    op.execute(
        "CREATE TABLE search_change ("
        " xid bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint,"
        " at timestamptz NOT NULL DEFAULT clock_timestamp(),"
        " product_id integer NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_change_xid ON search_change (xid)")
    op.execute("CREATE INDEX ix_search_change_at ON search_change (at)")
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
