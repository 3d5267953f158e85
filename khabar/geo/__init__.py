"""Places: an Arabic gazetteer over GeoNames, pycountry and a curated regional list.

``lookup_place("بيروت")`` gives the GeoNames place (id, names, ISO3 country, coordinates); the
``geo`` stage (khabar.components.geo) uses it to ground LOC entities and place actors.
"""
from khabar.geo.gazetteer import Place, lookup_place, name_key, place_by_country

__all__ = ["Place", "lookup_place", "name_key", "place_by_country"]
