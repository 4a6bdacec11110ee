"""Stage 3, compare: turn the runs of a pair's sides into a verdict, and the whole catalog into a result.

``numeric`` compares two result trees; ``verdict`` judges one pair; ``pipeline`` runs discover →
execute → compare over a catalog into the ``CatalogResult`` every later stage renders from.
"""
