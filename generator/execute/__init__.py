"""Running snippets: the parent side (warm server, cgroups, sandbox set-up) and the forked child's code."""
