"""Running snippets: the engine's parent side and what runs inside its forked children."""
