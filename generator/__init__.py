"""The executed NumPy to PyTorch reference.

The package is a pipeline of small stages with frozen data between them:
``discover`` (parse snippet pairs) → ``engine`` (run each side in an isolated, forked
process) → ``compare`` (turn two runs into a verdict) → ``render`` (Jinja → Markdown)
→ ``build`` (MkDocs → ``site/`` and ``site/pairs.json``). A stage never imports a later one.
"""

__version__ = "0.1.0"
