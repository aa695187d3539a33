"""Schema migrations (Alembic): every change to the tables is a revision in versions/."""
