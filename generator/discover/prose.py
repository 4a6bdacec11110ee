"""Checks on the Markdown prose that snippet docstrings and section intros carry.

Prose is wrapped by hand at about 100 columns, and a wrap can fall inside a link's address:
``[the float64 pair](#cov-`` then ``corrcoef)`` on the next line. MkDocs then writes the line
break into the ``href`` and Zensical reports an anchor that does not exist; either way the
link is wrong, so discovery reports it with its file and line rather than let it reach a page.
"""

import re

_WRAPPED_LINK = re.compile(r"\]\((?P<start>[^\s()<>\"']+)[ \t]*\n[ \t]*(?P<rest>[^\s()\"'][^\s()]*)\)")
"""``](address`` broken by a line break before ``)``; a quoted title on the next line is not a break."""


def wrapped_links(text: str) -> list[tuple[int, str]]:
    """Each link address that ``text`` breaks across lines: the 1-based line it starts on, and the message."""
    found = []
    for match in _WRAPPED_LINK.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        found.append(
            (
                line,
                f"the address of a Markdown link is broken across lines ('{match['start']}' then "
                f"'{match['rest']}'): keep '({match['start']}{match['rest']})' on one line",
            )
        )
    return found
