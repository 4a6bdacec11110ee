"""Where a pair lives in the site: one value per pair, and the one way to make an address absolute.

Every page, link, citation and ``pairs.json`` entry names a pair's places from this value, so they
cannot disagree, and no address is built as a string and split again.
"""

import functools
from dataclasses import dataclass
from pathlib import PurePosixPath


@dataclass(frozen=True)
class PairAddress:
    """A pair's section and name, and the site's paths for it (relative to the site root)."""

    section: str
    name: str

    @staticmethod
    def of(pair_id: str) -> "PairAddress":
        """The address of ``<section>/<name>``.

        One value per id, kept: every page and view asks for the addresses of the pairs it links.
        """
        return _address(pair_id)

    @property
    def id(self) -> str:
        """``<section>/<name>``."""
        return f"{self.section}/{self.name}"

    @property
    def section_page(self) -> str:
        """The built section page holding the pair: ``<section>.html``."""
        return f"{self.section}.html"

    @property
    def section_doc(self) -> str:
        """The section page's Markdown source: ``<section>.md``."""
        return f"{self.section}.md"

    @property
    def url(self) -> str:
        """The pair's stable address on its section page: ``<section>.html#<name>``."""
        return f"{self.section_page}#{self.name}"

    @property
    def doc_link(self) -> str:
        """A link between generated pages, to the Markdown source, so the builder checks the anchor."""
        return f"{self.section_doc}#{self.name}"

    @property
    def page(self) -> str:
        """The pair's own page: ``pairs/<section>/<name>.html``."""
        return f"pairs/{self.id}.html"

    @property
    def embed(self) -> str:
        """The pair's embeddable page (no navigation): ``embed/<section>/<name>.html``."""
        return f"embed/{self.id}.html"

    def figure(self, side: str, position: int) -> str:
        """Where a figure's SVG lies: ``figures/<section>/<name>/<side>-<n>.svg``.

        ``position`` is the figure's place in its run (1 for the first): the file's name is chosen
        here, from the pair's id (checked by discovery) and that count, never from what the run
        reported about its figures.
        """
        return f"figures/{self.id}/{side}-{position}.svg"

    def figures(self, side: str, count: int) -> tuple[str, ...]:
        """Where each of a run's ``count`` figures lies, in the run's order."""
        return tuple(self.figure(side, position) for position in range(1, count + 1))


def absolute(path: str, site_url: str | None) -> str:
    """``path`` (relative to the site root) under the site's address; unchanged when it has none."""
    return f"{site_url.rstrip('/')}/{path}" if site_url else path


def up_to_root(path: str) -> str:
    """The relative prefix that leads from the page at ``path`` back to the site root (``../../``)."""
    return "../" * (len(PurePosixPath(path).parts) - 1)


@functools.lru_cache(maxsize=8192)
def _address(pair_id: str) -> PairAddress:
    section, name = pair_id.split("/", 1)
    return PairAddress(section, name)
