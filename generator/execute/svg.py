"""Figures made safe to publish: an SVG is rebuilt from an allow-list of what a drawing needs.

A snippet's figure is text its own process wrote, so a hostile snippet can put anything in it.
Shown through ``<img>`` an SVG runs nothing and loads nothing, but the file is also served from
the site's own address, where opening it directly would run a script with the site's origin,
follow an animated link, or fetch a style or an image from another host. Taking out what is known
to be dangerous loses to what is not known (``<set>`` and ``<animate>`` rewriting a link's
``href``, ``<style>@import``, ``style="background:url(...)"``), so every figure is parsed and
rebuilt from what matplotlib's drawings use, and nothing else:

- elements: shapes, paths, text, groups, definitions and references to them, clipping, masks,
  patterns, gradients, markers and embedded raster images; no script, link, animation, foreign
  object or filter; a link (``<a>``) is replaced by what it contains;
- attributes: geometry and presentation by name; ``href`` only to an element of the same file
  (``#id``) or, on an image, to inline PNG, JPEG, GIF or WebP data; ``url(...)`` only as
  ``url(#id)``;
- styles (the ``style`` attribute and ``<style>`` rules): declarations of allowed properties
  whose values are plain words, numbers, colours and ``url(#id)``, with no escapes, quotes or
  at-rules;
- comments stay (matplotlib writes each text it drew as paths into one, and a comment does
  nothing); no processing instructions, no entity declarations, at most a fixed nesting depth.

What is left can draw, and cannot act: opened on its own, it runs no script, follows no link
and asks no other host for anything.
"""

import re
import xml.etree.ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
MAX_DEPTH = 64
"""How deeply elements may nest (far deeper than matplotlib's figures do)."""

for _prefix, _uri in (("", SVG), ("xlink", XLINK)):
    ET.register_namespace(_prefix, _uri)

_ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "title", "desc", "style", "symbol", "use", "switch",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath", "image",
        "clipPath", "mask", "pattern", "marker", "linearGradient", "radialGradient", "stop",
    }
)  # fmt: skip
_TEXTS = frozenset({"text", "tspan", "textPath", "title", "desc"})
_UNWRAPPED = frozenset({"a"})
"""Elements replaced by their content."""
_PRESENTATION = frozenset(
    {
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
        "stroke-miterlimit", "opacity", "clip-path", "clip-rule", "mask", "marker-start",
        "marker-mid", "marker-end", "font", "font-family", "font-size", "font-weight", "font-style",
        "font-variant", "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline",
        "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "visibility",
        "display", "color", "stop-color", "stop-opacity", "image-rendering", "shape-rendering",
        "text-rendering", "vector-effect", "paint-order", "white-space", "overflow",
    }
)  # fmt: skip
_ATTRIBUTES = _PRESENTATION | frozenset(
    {
        "id", "class", "style", "transform", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
        "rx", "ry", "fx", "fy", "width", "height", "points", "viewBox", "preserveAspectRatio",
        "version", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "offset",
        "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits",
        "patternContentUnits", "patternTransform", "markerWidth", "markerHeight", "markerUnits",
        "refX", "refY", "orient", "maskUnits", "maskContentUnits", "clipPathUnits", "pathLength",
    }
)  # fmt: skip
_HREF = frozenset({"href", f"{{{XLINK}}}href"})
_XML_SPACE = f"{{{XML}}}space"
_LOCAL_REFERENCE = re.compile(r"#[A-Za-z_][\w.-]*")
_INLINE_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*")
_URL = re.compile(r"url\(", re.IGNORECASE)
_LOCAL_URL = re.compile(r"url\(\s*#[A-Za-z_][\w.-]*\s*\)")
_FUNCTION = re.compile(r"([A-Za-z-]+)\s*\(")
_VALUE = re.compile(r"[\w\s#.,%()+\-/']*")
"""Characters a presentation value may hold: no backslash (escapes), no quote but ', no @, no <."""
_FUNCTIONS = frozenset({"url", "rgb", "rgba", "hsl", "hsla"})
_RULE = re.compile(r"\s*([\w\s*#.,:>\-\[\]=]+)\{([^{}]*)\}")


class UnsafeFigureError(ValueError):
    """The figure is not an SVG document that can be read and rebuilt."""


def safe_svg(svg: str) -> str:
    """The figure rebuilt from what a drawing needs; UnsafeFigureError when it is no readable SVG."""
    if "<!ENTITY" in svg:
        raise UnsafeFigureError("the document declares entities")
    try:
        parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
        root = ET.fromstring(svg, parser=parser)
    except ET.ParseError as exc:
        raise UnsafeFigureError(f"not a readable SVG document: {exc}") from exc
    if root.tag != f"{{{SVG}}}svg":
        raise UnsafeFigureError(f"the document is a <{_local(root.tag)}>, not an <svg>")
    _rebuild(root)
    cleaned: str = ET.tostring(root, encoding="unicode", xml_declaration=True)
    return cleaned


def _rebuild(root: ET.Element) -> None:
    """Keep only allowed elements and attributes, walking the tree without recursion."""
    pending = [(root, 1)]
    while pending:
        element, depth = pending.pop()
        if _is_comment(element):
            continue
        if depth > MAX_DEPTH:
            raise UnsafeFigureError(f"elements nest more than {MAX_DEPTH} deep")
        _unwrap_links(element)
        for child in list(element):
            if _allowed_element(child):
                pending.append((child, depth + 1))
            else:
                element.remove(child)
        _clean_attributes(element)
        if _local(element.tag) == "style":
            element.text = _safe_rules(element.text or "")
            if element.text is None:
                element.clear()
        elif _local(element.tag) not in _TEXTS:
            element.text = None


def _unwrap_links(element: ET.Element) -> None:
    """Replace each ``<a>`` child by its children, in place, until none is left."""
    while True:
        index = next((i for i, child in enumerate(element) if _is(child, _UNWRAPPED)), None)
        if index is None:
            return
        link = element[index]
        element.remove(link)
        for offset, grandchild in enumerate(list(link)):
            element.insert(index + offset, grandchild)


def _allowed_element(element: ET.Element) -> bool:
    return _is_comment(element) or _is(element, _ELEMENTS)


def _is_comment(element: ET.Element) -> bool:
    """A comment's tag is the Comment factory, not a name (typeshed types every tag as a string)."""
    tag: object = element.tag
    return tag is ET.Comment


def _is(element: ET.Element, names: frozenset[str]) -> bool:
    tag = element.tag
    return isinstance(tag, str) and tag.startswith(f"{{{SVG}}}") and _local(tag) in names


def _clean_attributes(element: ET.Element) -> None:
    image = _local(element.tag) == "image"
    for name in list(element.attrib):
        value = element.attrib[name]
        if name in _HREF:
            pattern = _INLINE_IMAGE if image and not value.startswith("#") else _LOCAL_REFERENCE
            keep = pattern.fullmatch(value.strip()) is not None
        elif name == "style":
            kept = _safe_declarations(value)
            keep = kept is not None
            if kept is not None:
                element.attrib[name] = kept
        elif name == _XML_SPACE:
            keep = value in ("default", "preserve")
        else:
            keep = name in _ATTRIBUTES and _safe_value(value)
        if not keep:
            del element.attrib[name]


def _safe_value(value: str) -> bool:
    """A plain attribute value: any ``url(`` is a reference within the file."""
    return not _URL.search(_LOCAL_URL.sub("", value))


def _safe_declarations(style: str) -> str | None:
    """The declarations of a style that are allowed, rewritten; None when none is."""
    kept = []
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip()
        if colon and name in _PRESENTATION and _plain_css(value):
            kept.append(f"{name}: {value}")
    return "; ".join(kept) if kept else None


def _plain_css(value: str) -> bool:
    """Words, numbers, colours, and the functions colours and local references use; nothing else."""
    if not _VALUE.fullmatch(value) or value.count("'") % 2:
        return False
    if any(function.lower() not in _FUNCTIONS for function in _FUNCTION.findall(value)):
        return False
    return _safe_value(value)


def _safe_rules(css: str) -> str | None:
    """A style sheet of plain rules, rewritten from its allowed declarations; None if it is anything else."""
    rules = []
    position = 0
    for match in _RULE.finditer(css):
        if css[position : match.start()].strip():
            return None
        position = match.end()
        declarations = _safe_declarations(match[2])
        if declarations is not None:
            rules.append(f"{match[1].strip()} {{{declarations}}}")
    if css[position:].strip():
        return None
    return "\n".join(rules) or None


def _local(tag: str) -> str:
    """A tag or attribute name without its ``{namespace}``."""
    return tag.rsplit("}", 1)[-1]
