"""Stage 4, matrix: the catalog run under several releases of the sides' libraries, and merged.

Each *combination* of releases (``combos``) gets its own environment, created and kept by
``envs``; ``runner`` runs the catalog there with the engine started on that environment's
interpreter and writes what each pair did into a per-combination ``record`` (JSON, so a CI job
can hand it to another); ``merge`` reads the records into one ``Matrix``: per pair and
combination, whether it holds, and what changed between releases. The site shows it.
"""
