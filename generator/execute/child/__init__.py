"""Code that runs inside the freshly forked child, before and around the snippet."""
