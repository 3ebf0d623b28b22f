"""SQLAlchemy models, engine, migrations and queries of the local SQLite database."""
