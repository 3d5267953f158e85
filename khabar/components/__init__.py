"""Pipeline stages: thin adapters, one module each, that add one layer to a Document."""
