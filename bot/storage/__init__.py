"""Adapters that touch files and databases: the directory CSV, importers, SQLModel tables."""
