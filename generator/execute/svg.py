"""Figures made safe to publish: an SVG keeps its drawing and loses anything that could run.

A snippet's figure is text its own process wrote, so a hostile snippet can put a script in it.
Shown through ``<img>`` an SVG runs nothing, but the file is also served from the site's own
address, where opening it directly would run a script with the site's origin. So every figure
is parsed and rebuilt from its drawing alone: no script, foreignObject or other embedding
element, no ``on*`` event attribute, and links only within the file (``#id``) or to inline
images (``data:image/...``), which is all matplotlib writes.
"""

import xml.etree.ElementTree as ET

_NAMESPACES = {
    "": "http://www.w3.org/2000/svg",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "cc": "http://creativecommons.org/ns#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
_DROPPED = frozenset({"script", "foreignObject", "iframe", "object", "embed", "handler", "listener"})
_SAFE_LINKS = ("#", "data:image/")


class UnsafeFigureError(ValueError):
    """The figure is not an SVG document that can be read."""


def safe_svg(svg: str) -> str:
    """The figure without anything that could run; UnsafeFigureError when it is no readable SVG."""
    for prefix, uri in _NAMESPACES.items():
        ET.register_namespace(prefix, uri)
    try:
        parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
        root = ET.fromstring(svg, parser=parser)
    except ET.ParseError as exc:
        raise UnsafeFigureError(f"not a readable SVG document: {exc}") from exc
    if _local(root.tag) != "svg":
        raise UnsafeFigureError(f"the document is a <{_local(root.tag)}>, not an <svg>")
    _clean(root)
    cleaned: str = ET.tostring(root, encoding="unicode", xml_declaration=True)
    return cleaned


def _clean(element: ET.Element) -> None:
    for child in list(element):
        # A comment's tag is a function, not a name: str() keeps it out of the dropped names.
        if _local(str(child.tag)) in _DROPPED:
            element.remove(child)
        else:
            _clean(child)
    for name in list(element.attrib):
        local = _local(name).lower()
        value = element.attrib[name].strip()
        if local.startswith("on") or (local == "href" and not value.startswith(_SAFE_LINKS)):
            del element.attrib[name]


def _local(tag: str) -> str:
    """A tag or attribute name without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1]
