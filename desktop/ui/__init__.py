"""The Qt window: panes, models, dialogs. No SQLAlchemy."""
