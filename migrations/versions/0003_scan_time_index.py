"""Index scans by stamp and time, for the producers' scan charts.

Revision ID: 0003_scan_time_index
Revises: 0002_search
"""

from alembic import op

revision = "0003_scan_time_index"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index(
        "ix_scan_stamp_id_scanned_at", "scan", ["stamp_id", "scanned_at"], unique=False
    )


def downgrade():
    op.drop_index("ix_scan_stamp_id_scanned_at", table_name="scan")
