"""Keep conversations that cannot be read aside instead of replacing them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A stored conversation of an unknown or damaged shape starts again; the unreadable row is kept
in its own table (with the same retention as conversations) so nothing is silently dropped.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation_set_aside",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("reason", sa.String(120), nullable=False),
        sa.Column("set_aside_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_conversation_set_aside_key", "conversation_set_aside", ["key"])
    op.create_index(
        "ix_conversation_set_aside_set_aside_at", "conversation_set_aside", ["set_aside_at"]
    )


def downgrade() -> None:
    op.drop_table("conversation_set_aside")
