"""Remember which message in a chat shows the buttons still to be answered.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08

When a question is answered by typing, the Telegram adapter takes the buttons off the message
that asked it; the message's number must be known on the next update, in whichever worker
takes it. Only the number is kept, never the message's text.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "live_keyboard",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_live_keyboard_updated_at", "live_keyboard", ["updated_at"])


def downgrade() -> None:
    op.drop_table("live_keyboard")
