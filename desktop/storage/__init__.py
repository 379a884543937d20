"""The SQLite catalogue and user data: SQLAlchemy, no Qt."""
