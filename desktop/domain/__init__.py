"""Pure rules of Daleel: no Qt, no SQLAlchemy."""
