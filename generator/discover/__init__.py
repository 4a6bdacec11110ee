"""Stage 1, discover: read section folders and snippet files, validate their metadata, locate every problem.

``metadata`` parses the ``# /// pair`` block and ``_section.toml``; ``parse`` checks one snippet
file; ``catalog`` walks a snippets folder into a ``Catalog`` of ``Pair`` values.
"""
