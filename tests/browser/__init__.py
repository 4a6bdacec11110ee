"""Browser tests. A package, so that its conftest.py and helpers never shadow tests/conftest.py."""
