"""Helpers for the browser tests: a localhost server for a built site, a guarded browser tab, colours.

Kept apart from ``conftest.py`` so that test modules can import them by name; Playwright itself is
imported only inside functions, so this module loads (and the tests skip cleanly) without it.
"""

import functools
import http.server
import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Request, Response

LAUNCH_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
)
DESKTOP = (1280, 800)
WIDE = (1440, 900)
LARGE = (1920, 1080)
PHONE = (390, 844)


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files like a static host does, answering a missing path with the site's 404 page."""

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: pytest shows what matters."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A 404 gets the site's own 404.html, with status 404, as GitHub Pages and most hosts do."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@dataclass(frozen=True)
class SiteServer:
    """A built site served over HTTP on localhost."""

    root: Path
    origin: str

    def url(self, path: str = "") -> str:
        """The absolute address of a path relative to the site root."""
        return f"{self.origin}/{path.lstrip('/')}"


@contextmanager
def serve(root: Path) -> Iterator[SiteServer]:
    """Serve ``root`` on a free localhost port until the block ends (``root`` may be built later)."""
    handler = functools.partial(_SiteHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield SiteServer(root=root, origin=f"http://{host}:{port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Tab:
    """A page in its own browser context that records what the site must never do.

    Requests to any other origin are aborted (so nothing leaks even when a test fails) and
    recorded; console errors, uncaught exceptions and failed same-origin loads are recorded too.
    """

    page: "Page"
    context: "BrowserContext"
    origin: str
    console_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    failed_loads: list[str] = field(default_factory=list)

    def goto(self, url: str) -> "Response | None":
        """Load a page, its stylesheets and its scripts (the "load" event)."""
        return self.page.goto(url)

    def problems(self) -> list[str]:
        """Everything recorded that a reader's browser should never see."""
        return [
            *(f"console error: {text}" for text in self.console_errors),
            *(f"request to another origin: {url}" for url in self.foreign_requests),
            *(f"failed load: {what}" for what in self.failed_loads),
        ]


def open_tab(
    browser: "Browser",
    origin: str,
    size: tuple[int, int],
    *,
    scheme: str = "light",
    permissions: tuple[str, ...] = (),
    expect_missing: Callable[[str], bool] = lambda _url: False,
    other_origins: tuple[str, ...] = (),
) -> Tab:
    """A fresh context (no stored palette, no cache) at a viewport size and colour scheme.

    Requests may go to ``origin`` and ``other_origins`` (a page that frames the site); any other
    is aborted and recorded.
    """
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    if permissions:
        context.grant_permissions(list(permissions), origin=origin)
    page = context.new_page()
    tab = Tab(page=page, context=context, origin=origin)

    def same_origin(url: str) -> bool:
        allowed = tuple(f"{o}/" for o in (origin, *other_origins))
        return url.startswith((*allowed, "data:", "blob:", "about:"))

    def block(route: Any) -> None:
        tab.foreign_requests.append(route.request.url)
        route.abort()

    def on_response(response: "Response") -> None:
        if response.status >= 400 and not expect_missing(response.url):
            tab.failed_loads.append(f"{response.status} {response.url}")

    def on_failure(request: "Request") -> None:
        # ERR_ABORTED is a load the next navigation cancelled (a favicon, say), not a missing file.
        if same_origin(request.url) and request.failure != "net::ERR_ABORTED":
            tab.failed_loads.append(f"{request.failure} {request.url}")

    context.route(lambda url: not same_origin(url), block)

    def on_console(message: Any) -> None:
        if message.type == "error" and not expect_missing(message.location.get("url", "")):
            tab.console_errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: tab.console_errors.append(f"uncaught {error}"))
    page.on("response", on_response)
    page.on("requestfailed", on_failure)
    return tab


# ---- What the tests measure in a page, as JavaScript run in it. ----

# One record per pair: where its columns and their code blocks are, and the pair's heading id.
MEASURE_PAIRS = """() => [...document.querySelectorAll('.np2t-pair')].map(pair => {
  let heading = pair.previousElementSibling;
  while (heading && heading.tagName !== 'H2') heading = heading.previousElementSibling;
  const box = selector => {
    const element = pair.querySelector(selector);
    return element ? element.getBoundingClientRect().toJSON() : null;
  };
  return {
    id: heading ? heading.id : '?',
    numpy: box(':scope > .np2t-side--numpy'),
    torch: box(':scope > .np2t-side--torch'),
    numpyCode: box(':scope > .np2t-side--numpy > .highlight'),
    torchCode: box(':scope > .np2t-side--torch > .highlight'),
  };
})"""

# How far the page is wider than the viewport (0: no horizontal scrollbar).
PAGE_OVERFLOW = """() => Math.max(0,
  Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)
  - document.documentElement.clientWidth)"""

# Text colour over background for every verdict badge and verdict line, and each element inside.
BADGE_COLOURS = """() => [...document.querySelectorAll('.np2t-badge, .np2t-verdict')].flatMap(badge => {
  const background = getComputedStyle(badge).backgroundColor;
  return [badge, ...badge.querySelectorAll('*')].map(element => {
    let opacity = 1;
    for (let e = element; e && e !== badge.parentElement; e = e.parentElement) {
      opacity *= parseFloat(getComputedStyle(e).opacity);
    }
    return {
      badge: badge.className,
      text: element.textContent.trim().slice(0, 60),
      colour: getComputedStyle(element).color,
      background,
      opacity,
    };
  });
})"""

# Everything the page-by-page checks need from one load of a page.
SURVEY = f"""() => {{
  const blocks = [...document.querySelectorAll('.md-content pre > code')];
  return {{
    overflow: ({PAGE_OVERFLOW})(),
    pairs: ({MEASURE_PAIRS})(),
    codeFontSizes: [...document.querySelectorAll(
      '.np2t-pair pre, .np2t-pair pre > code, .np2t-verdict-block pre > code'
    )].map(element => parseFloat(getComputedStyle(element).fontSize)),
    codeBlocks: blocks.length,
    copyButtons: blocks.filter(code =>
      code.parentElement.querySelector('button[data-md-type="copy"]')).length,
    badges: ({BADGE_COLOURS})(),
  }};
}}"""


@dataclass(frozen=True)
class Survey:
    """One visit to every page of a site at one size and scheme: what each page showed, and every
    problem (console error, request elsewhere, failed load) seen along the way."""

    size: tuple[int, int]
    scheme: str
    pages: Mapping[str, Mapping[str, Any]]
    problems: tuple[str, ...]


def survey_site(tab: Tab, server: "SiteServer", size: tuple[int, int], scheme: str) -> Survey:
    """Load every HTML page of the site, let it go quiet on the network, and measure it."""
    pages: dict[str, Mapping[str, Any]] = {}
    for path in sorted(server.root.glob("*.html")):
        tab.goto(server.url(path.name))
        tab.page.wait_for_load_state("networkidle")
        pages[path.name] = tab.page.evaluate(SURVEY)
    return Survey(size=size, scheme=scheme, pages=pages, problems=tuple(tab.problems()))


def badge_contrasts(badges: list[Mapping[str, Any]]) -> list[tuple[float, Mapping[str, Any]]]:
    """The contrast of every piece of text in a badge or verdict line over the badge's background."""
    results = []
    for item in badges:
        red, green, blue, alpha = parse_colour(item["colour"])
        colour = f"rgba({red}, {green}, {blue}, {alpha * item['opacity']})"
        results.append((contrast_ratio(colour, item["background"]), item))
    return results


# ---- Facts about a built site, read from its files. ----


def pairs_document(site: Path) -> Mapping[str, Any]:
    """The site's ``pairs.json``."""
    return json.loads((site / "pairs.json").read_text(encoding="utf-8"))


def section_pages(site: Path) -> list[str]:
    """Every page that holds pairs, in catalog order."""
    pages: dict[str, None] = {}
    for pair in pairs_document(site)["pairs"]:
        pages[pair["url"].split("#", 1)[0]] = None
    return list(pages)


def pairs_on(site: Path, page: str) -> list[Mapping[str, Any]]:
    """The pairs of one page, in page order."""
    return [p for p in pairs_document(site)["pairs"] if p["url"].split("#", 1)[0] == page]


def last_component(api_name: str) -> str:
    """``torch.Tensor.repeat_interleave`` → ``repeat_interleave``."""
    return api_name.rsplit(".", 1)[-1]


def name_used_by_one_pair(
    pairs: list[Mapping[str, Any]], preferred: str = "torch.Tensor.repeat_interleave"
) -> tuple[Mapping[str, Any], str]:
    """A function name that exactly one pair uses, and that pair: ``preferred`` when only one pair
    uses it, else the longest such name whose last component no other pair's API list has and which
    that pair's code spells out (so typing it into the search box can only mean this pair's code).
    """
    users: dict[str, set[str]] = defaultdict(set)
    short_users: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        for names in pair["api"].values():
            for name in names:
                users[name].add(pair["id"])
                short_users[last_component(name)].add(pair["id"])
    by_id = {pair["id"]: pair for pair in pairs}

    def spelled_in_code(pair: Mapping[str, Any], short: str) -> bool:
        code = "\n".join(pair[side]["code"] for side in ("numpy", "torch") if pair.get(side))
        return re.search(rf"\b{re.escape(short)}\b", code) is not None

    if len(users.get(preferred, ())) == 1:
        (pair_id,) = users[preferred]
        return by_id[pair_id], last_component(preferred)
    candidates = sorted(
        (
            (-len(last_component(name)), name)
            for name, ids in users.items()
            if len(ids) == 1
            and len(short_users[last_component(name)]) == 1
            and len(last_component(name)) >= 5
            and spelled_in_code(by_id[next(iter(ids))], last_component(name))
        ),
    )
    if not candidates:
        raise LookupError("no function name in pairs.json is used by exactly one pair")
    name = candidates[0][1]
    return by_id[next(iter(users[name]))], last_component(name)


# ---- Colour contrast (WCAG 2). ----

_NUMBER = re.compile(r"[-+]?\d*\.?\d+(?:e[-+]?\d+)?")


def parse_colour(css: str) -> tuple[float, float, float, float]:
    """A computed ``rgb()``/``rgba()``/``color(srgb …)`` value as 0-255 channels and an alpha."""
    numbers = [float(n) for n in _NUMBER.findall(css)]
    if css.startswith("color(srgb"):
        red, green, blue = (n * 255 for n in numbers[:3])
        return red, green, blue, numbers[3] if len(numbers) > 3 else 1.0
    if len(numbers) < 3:
        raise ValueError(f"not a colour: {css!r}")
    return numbers[0], numbers[1], numbers[2], numbers[3] if len(numbers) > 3 else 1.0


def relative_luminance(colour: tuple[float, float, float, float]) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue, _ = colour
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio of text over an opaque background (the text's alpha blended in)."""
    fg, bg = parse_colour(foreground), parse_colour(background)
    if bg[3] < 1:
        raise ValueError(f"background {background!r} is not opaque")
    alpha = fg[3]
    blended = (*(alpha * f + (1 - alpha) * b for f, b in zip(fg[:3], bg[:3], strict=True)), 1.0)
    lighter, darker = sorted((relative_luminance(blended), relative_luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
