"""At most one pending revision per product or producer, even when two race.

Revision ID: 0004_one_pending_revision
Revises: 0003_scan_time_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_one_pending_revision"
down_revision = "0003_scan_time_index"
branch_labels = None
depends_on = None

PENDING = sa.text("status = 'pending'")


def upgrade():
    # Older databases may hold such a pair already: keep the newest of each.
    op.execute(
        "UPDATE revision SET status = 'withdrawn', reason = 'superseded'"
        " WHERE status = 'pending' AND EXISTS (SELECT 1 FROM revision newer"
        " WHERE newer.status = 'pending' AND newer.entity = revision.entity"
        " AND newer.entity_id = revision.entity_id AND newer.id > revision.id)"
    )
    op.create_index(
        "uq_revision_pending",
        "revision",
        ["entity", "entity_id"],
        unique=True,
        sqlite_where=PENDING,
        postgresql_where=PENDING,
    )


def downgrade():
    op.drop_index("uq_revision_pending", table_name="revision")
