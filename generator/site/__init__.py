"""Stage 4, site: view models, Markdown pages, ``pairs.json``, and the MkDocs build that publishes them.

``views``, ``apiref`` and ``coverage`` prepare plain values; ``render`` turns them into pages with
the Jinja templates shipped in ``templates/``; ``export`` writes ``pairs.json``; ``mkdocs`` builds
the site in a staging folder and publishes it whole. Nothing here imports MkDocs: it runs as a
subprocess.
"""
