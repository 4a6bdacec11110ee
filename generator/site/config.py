"""The site's own configuration (its ``mkdocs.yml``) and the templates, each read once and validated.

The site's author owns ``mkdocs.yml``: its name, address, repository, look, and pages of their own.
The generator never edits it. It completes it, in the configuration it writes for the builder,
with the generated pages and navigation and with what the templates need (``requires.yml`` beside
them: Markdown extensions, stylesheets, scripts), and refuses a setting that would break the
generated pages, naming the file and the key. Every name the pages and citations show (the site's
name, its address) is read here, so a renamed site is renamed everywhere.

Templates are looked up in folders, the site's own ``site_templates/`` first and the copy shipped
inside the package after it, so a site overrides one template by writing a file of that name and
an installed generator builds a site from any folder.
"""

import importlib.util
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from generator.errors import ConfigError

CONFIG_FILE = "mkdocs.yml"
TEMPLATES_DIR = "site_templates"
REQUIRES_FILE = "requires.yml"
ASSETS_DIR = "assets"
OVERRIDES_DIR = "overrides"
SHIPPED_TEMPLATES = "generator.site_templates"
"""The templates an installed package carries: ``site_templates/`` is mapped into the package."""

_LISTS = ("markdown_extensions", "plugins", "extra_css", "extra_javascript")
"""Settings that are lists of entries (a name, or a mapping of one name to its options)."""


@dataclass(frozen=True)
class Templates:
    """Where templates are looked up, first folder first: the site's own, then the package's.

    ``compiled`` is a folder where Jinja keeps the code it compiled them to, for the next process
    (``compiled.CompiledTemplates``); None compiles them in every process.
    """

    folders: tuple[Path, ...]
    compiled: Path | None = None

    @classmethod
    def find(cls, project: Path, compiled: Path | None = None) -> "Templates":
        """The project's ``site_templates/`` (when there is one) before the shipped templates."""
        candidates = (project / TEMPLATES_DIR, *_shipped_templates())
        folders: list[Path] = []
        for folder in candidates:
            resolved = folder.resolve()
            if resolved.is_dir() and resolved not in folders:
                folders.append(resolved)
        if not folders:
            raise ConfigError(f"no templates: neither {project / TEMPLATES_DIR} nor the package's exist")
        return cls(tuple(folders), compiled)

    def first(self, relative: str) -> Path | None:
        """The first folder's file (or folder) of that relative path, when any folder has it."""
        return next((f / relative for f in self.folders if (f / relative).exists()), None)

    def assets(self) -> dict[str, Path]:
        """Every asset file by its path in the site (``assets/...``), an earlier folder's winning."""
        found: dict[str, Path] = {}
        for folder in reversed(self.folders):
            for path in sorted((folder / ASSETS_DIR).rglob("*")):
                if path.is_file():
                    found[path.relative_to(folder).as_posix()] = path
        return dict(sorted(found.items()))

    def overrides(self) -> Path | None:
        """The theme overrides folder (MkDocs takes one): the first that exists."""
        return self.first(OVERRIDES_DIR)

    def requires(self) -> Mapping[str, Any]:
        """What the templates need from the builder's configuration (``requires.yml``)."""
        path = self.first(REQUIRES_FILE)
        return _mapping(path) if path is not None else {}

    def files(self) -> Iterator[Path]:
        """Every file the templates consist of, for fingerprints and the preview's watch."""
        for folder in self.folders:
            yield from sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _shipped_templates() -> tuple[Path, ...]:
    """Where the installed package keeps its templates (the checkout's own folder, when editable)."""
    try:
        spec = importlib.util.find_spec(SHIPPED_TEMPLATES)
    except ModuleNotFoundError:
        return ()
    if spec is None or spec.submodule_search_locations is None:
        return ()
    return tuple(Path(location) for location in spec.submodule_search_locations)


@dataclass(frozen=True)
class SiteConfig:
    """The site's ``mkdocs.yml``, read and checked once; ``settings`` is the file as its author wrote it."""

    path: Path
    settings: Mapping[str, Any]
    site_name: str
    site_url: str | None = None
    repo_url: str | None = None
    extra_nav: tuple[Any, ...] = ()
    """The author's own ``nav`` entries, listed after the generated ones."""
    own_docs: Path | None = None
    """The author's docs folder (``docs_dir``, relative to the file): its files join the generated ones."""
    custom_dir: Path | None = None
    """The author's theme overrides, when ``theme.custom_dir`` names them (else the templates')."""
    requires: Mapping[str, Any] = field(default_factory=dict)

    def with_url(self, site_url: str | None) -> "SiteConfig":
        """The configuration with another published address (the command line's, or the preview's)."""
        return replace(self, site_url=site_url.strip() or None) if site_url is not None else self


def load_site_config(path: Path, templates: Templates) -> SiteConfig:
    """Read and check the site's configuration; ConfigError names the file and the key at fault."""
    if not path.is_file():
        raise ConfigError(
            f"{path}: no such file; the site's configuration is a MkDocs file whose least is "
            "`site_name: ...` (the generator adds the pages and what they need)"
        )
    settings = _mapping(path)
    requires = templates.requires()
    site_name = settings.get("site_name")
    if not isinstance(site_name, str) or not site_name.strip():
        raise ConfigError(f"{path}: key 'site_name': expected the site's name, found {site_name!r}")
    if "site_dir" in settings:
        raise ConfigError(f"{path}: key 'site_dir': the generator sets it (use --site-dir for the site)")
    _check_fixed(path, settings, requires)
    nav = settings.get("nav", ())
    if not isinstance(nav, list | tuple):
        raise ConfigError(f"{path}: key 'nav': expected a list of pages, found {type(nav).__name__}")
    own_docs = (path.parent / str(settings.get("docs_dir", "docs"))).resolve()
    theme = settings.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    return SiteConfig(
        path=path,
        settings=MappingProxyType(dict(settings)),
        site_name=site_name.strip(),
        site_url=_optional_text(path, settings, "site_url"),
        repo_url=_optional_text(path, settings, "repo_url"),
        extra_nav=tuple(nav),
        own_docs=own_docs if own_docs.is_dir() else None,
        custom_dir=(path.parent / str(custom)).resolve() if custom else None,
        requires=MappingProxyType(dict(requires)),
    )


def builder_config(
    site: SiteConfig,
    *,
    docs_dir: Path,
    site_dir: Path,
    nav: Sequence[Mapping[str, Any]],
    footer: str,
    overrides: Path | None,
) -> dict[str, Any]:
    """The configuration the builder runs with: the author's, completed; standalone (no INHERIT).

    Relative ``docs_dir`` and ``site_dir`` stay relative, to the written file's folder (Zensical
    reads only relative ones). The footer (the build line) follows the author's ``copyright``.
    """
    config: dict[str, Any] = {key: value for key, value in site.settings.items() if key != "nav"}
    for key, wanted in site.requires.items():
        if key in _LISTS:
            config[key] = _merged_list(config.get(key), wanted)
        elif key == "theme":
            config["theme"] = {**wanted, **(config.get("theme") or {})}
        else:
            config.setdefault(key, wanted)
    theme = dict(config.get("theme") or {})
    custom = site.custom_dir or overrides
    if custom is not None:
        theme["custom_dir"] = str(custom)
    config["theme"] = theme
    own = config.get("copyright")
    config.update(
        docs_dir=docs_dir.as_posix(),
        site_dir=site_dir.as_posix(),
        nav=[*nav, *site.extra_nav],
        copyright=f"{own} · {footer}" if own else footer,
    )
    if site.site_url:
        config["site_url"] = site.site_url
    else:
        config.pop("site_url", None)
    return config


def entry_name(entry: Any) -> str:
    """The name of a list entry: ``toc`` for both ``toc`` and ``{toc: {permalink: true}}``."""
    if isinstance(entry, Mapping) and len(entry) == 1:
        return str(next(iter(entry)))
    return str(entry)


def _merged_list(own: Any, wanted: Any) -> list[Any]:
    """The author's entries, then each wanted entry whose name the author's list lacks."""
    entries = list(own or [])
    names = {entry_name(entry) for entry in entries}
    entries.extend(entry for entry in wanted or [] if entry_name(entry) not in names)
    return entries


def _check_fixed(path: Path, settings: Mapping[str, Any], requires: Mapping[str, Any]) -> None:
    """Refuse a setting the generated pages cannot work with (a fixed value set otherwise)."""
    for key, wanted in requires.items():
        if key in _LISTS or key not in settings:
            continue
        if key == "theme":
            theme = settings["theme"]
            name = theme.get("name") if isinstance(theme, dict) else theme
            if name is not None and name != wanted.get("name"):
                raise ConfigError(
                    f"{path}: key 'theme.name': the generated pages are made for "
                    f"{wanted.get('name')!r}, found {name!r}"
                )
            continue
        if settings[key] != wanted:
            raise ConfigError(
                f"{path}: key {key!r}: the generated pages need {wanted!r}, found {settings[key]!r}"
            )


def _optional_text(path: Path, settings: Mapping[str, Any], key: str) -> str | None:
    value = settings.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(f"{path}: key {key!r}: expected an address, found {value!r}")
    return value.strip() or None


def _mapping(path: Path) -> dict[str, Any]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, found {type(loaded).__name__}")
    return loaded
