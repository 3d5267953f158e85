"""The web app: ``create_app(db_url)`` serves the annotate, corpus, actor and network pages and a
JSON API on the shared pipeline and the corpus store. Run it with ``khabar serve``."""
from khabar.web.app import create_app

__all__ = ["create_app"]
