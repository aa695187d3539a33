"""The schema as first deployed: directory, ZIP areas, conversations, reminders, reports.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

Databases made before migrations existed hold exactly these tables; they are stamped with
this revision rather than created again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "program",
        sa.Column("id", sa.String(24), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name2", sa.String(), nullable=False),
        sa.Column("street", sa.String(), nullable=False),
        sa.Column("street2", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("state", sa.String(2), nullable=False),
        sa.Column("zip", sa.String(5), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("intake_phones", sa.String(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("geo_precision", sa.String(8), nullable=False),
        sa.Column("website", sa.String(), nullable=False),
        sa.Column("codes", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
    )
    op.create_index("ix_program_state", "program", ["state"])
    op.create_index("ix_program_zip", "program", ["zip"])
    op.create_table(
        "service_code",
        sa.Column("code", sa.String(16), primary_key=True),
        sa.Column("category_code", sa.String(), nullable=False),
        sa.Column("category_name", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
    )
    op.create_table(
        "dataset",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("loaded_at", _MOMENT, nullable=False),
    )
    op.create_table(
        "zip_area",
        sa.Column("zip", sa.String(5), primary_key=True),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("state", sa.String(2), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("other_cities", sa.String(), nullable=False),
    )
    op.create_table(
        "conversation",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", _MOMENT, nullable=False),
    )
    op.create_index("ix_conversation_updated_at", "conversation", ["updated_at"])
    op.create_table(
        "reminder",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("reminder_id", sa.String(16), primary_key=True),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("due_at", _MOMENT, nullable=False),
        sa.Column("claimed_at", _MOMENT, nullable=True),
        sa.Column("sent_at", _MOMENT, nullable=True),
    )
    op.create_index("ix_reminder_due_at", "reminder", ["due_at"])
    op.create_table(
        "listing_report",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("program_id", sa.String(24), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("details", sa.String(), nullable=False),
        sa.Column("reported_at", _MOMENT, nullable=False),
    )
    op.create_index("ix_listing_report_program_id", "listing_report", ["program_id"])


def downgrade() -> None:
    for table in (
        "listing_report", "reminder", "conversation", "zip_area", "dataset", "service_code",
        "program",
    ):  # fmt: skip
        op.drop_table(table)
