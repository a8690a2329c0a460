"""The HTTP API: ``create_app`` builds the FastAPI application over one store."""
