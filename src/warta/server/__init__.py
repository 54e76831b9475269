"""The warta server: a JSON API (documented with OpenAPI at ``/api/openapi.json``) and a dashboard of the
events in a warta database, whose assets (Vega, Vega-Lite, Leaflet, a basemap of country shapes) ship in
``static/`` so it works offline. See docs/server.md.
"""

from .app import create_app
from .assets import shipped_files
from .run import ServerError, is_loopback, serve

__all__ = ["ServerError", "create_app", "is_loopback", "serve", "shipped_files"]
