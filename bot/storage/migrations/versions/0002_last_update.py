"""Remember the last Telegram update applied to each conversation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Telegram delivers an update again when a worker dies before answering it. With the id of the
last update a conversation took, a second delivery is recognised and not applied twice.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversation") as table:
        table.add_column(sa.Column("last_update_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversation") as table:
        table.drop_column("last_update_id")
