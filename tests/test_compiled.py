"""The theme's compiled templates, kept between builds: the same site, the code taken when it fits."""

import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
from jinja2.bccache import bc_magic

from generator.site.builders import Builder, ReadyBuilders
from generator.site.compiled import CompiledTemplates, environment_key
from generator.site.parts import build_whole

CONFIG = {
    "site_name": "Kept",
    "use_directory_urls": False,
    "theme": {"name": "material"},
    "plugins": ["search"],
    "nav": [{"Home": "index.md"}, {"Other": "other.md"}],
}
FILES = {
    "index.md": b"# Home\n\nSee [the other page](other.md).\n\n```python\nprint(1)\n```\n",
    "other.md": b"# Other\n\nBack [home](index.md).\n",
}


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def kept(folder: Path) -> dict[str, int]:
    """Each kept entry by name, with its inode: an entry written again gets a new one."""
    return {entry.name: entry.stat().st_ino for entry in folder.iterdir()}


def ready_build(tmp_path: Path, name: str, templates: Path) -> dict[str, bytes]:
    ready = ReadyBuilders(Builder.MKDOCS, 1, templates=templates)
    try:
        return files(build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / name, parts=1, ready=ready))
    finally:
        ready.close()


def test_a_build_from_kept_templates_is_the_site_a_fresh_process_builds(tmp_path):
    """The first ready build compiles and keeps the theme's templates, the next takes every one of
    them as it is (none is written again), and both sites are MkDocs' own, file for file."""
    wanted = files(build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "fresh", parts=1))
    templates = tmp_path / "templates"
    first = ready_build(tmp_path, "first", templates)
    entries = kept(templates)
    assert len(entries) > 10, "Material's templates were not kept"
    second = ready_build(tmp_path, "second", templates)
    assert kept(templates) == entries, "the second build compiled templates again"
    for got in (first, second):
        assert sorted(got) == sorted(wanted)
        assert [path for path in wanted if got[path] != wanted[path]] == []


def loaded(folder: Path, **settings: object) -> jinja2.Environment:
    """An environment reading the template ``page`` from memory, its code kept in ``folder``."""
    return jinja2.Environment(
        loader=jinja2.DictLoader({"page": "[{{ x }}] <% x %>"}),
        bytecode_cache=CompiledTemplates(str(folder)),
        **settings,  # type: ignore[arg-type]
    )


def test_code_compiled_for_other_settings_is_never_taken(tmp_path):
    """Jinja's own cache would give the second environment the first one's code: same name, same source."""
    plain = loaded(tmp_path).get_template("page").render(x=1)
    other = loaded(tmp_path, variable_start_string="<%", variable_end_string="%>")
    assert plain == "[1] <% x %>"
    assert other.get_template("page").render(x=1) == "[{{ x }}] 1"
    folder_of_jinja = tmp_path / "jinja"
    folder_of_jinja.mkdir()
    jinja_cache = jinja2.FileSystemBytecodeCache(str(folder_of_jinja))
    for settings in ({}, {"variable_start_string": "<%", "variable_end_string": "%>"}):
        environment = jinja2.Environment(
            loader=jinja2.DictLoader({"page": "[{{ x }}] <% x %>"}),
            bytecode_cache=jinja_cache,
            **settings,  # type: ignore[arg-type]
        )
        last = environment.get_template("page").render(x=1)
    assert last == "[1] <% x %>", "Jinja's own cache no longer mixes them up: this test shows nothing"


def test_the_key_names_the_settings_that_change_the_code():
    base = jinja2.Environment()
    assert environment_key(base) == environment_key(jinja2.Environment())
    changed = [
        jinja2.Environment(trim_blocks=True),
        jinja2.Environment(block_start_string="<%"),
        jinja2.Environment(extensions=["jinja2.ext.i18n"]),
        jinja2.Environment(finalize=str),
        jinja2.Environment(autoescape=True),
        jinja2.Environment(enable_async=True),
    ]
    assert len({environment_key(environment) for environment in [base, *changed]}) == 1 + len(changed)


def test_the_key_is_the_same_in_another_process():
    """Callables count by name, not by address, or no entry would ever be found again."""
    code = (
        "import jinja2; from jinja2 import select_autoescape;"
        "from generator.site.compiled import environment_key;"
        "print(environment_key(jinja2.Environment(autoescape=select_autoescape(), finalize=str)))"
    )
    keys = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    }
    assert len(keys) == 1


@pytest.mark.parametrize(
    "damage",
    [b"", bc_magic, bc_magic + b"\x80\x05garbage", bc_magic + bytes(range(256))],
    ids=["empty", "header alone", "header then garbage", "header then every byte"],
)
def test_a_damaged_entry_is_compiled_again(tmp_path, damage):
    """Jinja's own cache raises for an entry cut short after its header, or with garbage there."""
    assert loaded(tmp_path).get_template("page").render(x=1) == "[1] <% x %>"
    (entry,) = tmp_path.iterdir()
    entry.write_bytes(damage)
    assert loaded(tmp_path).get_template("page").render(x=1) == "[1] <% x %>"
    assert entry.read_bytes() != damage, "the entry was not written again"


def test_a_folder_that_cannot_keep_code_leaves_the_build_as_it_was(tmp_path):
    """The kept code only saves time: no folder, or one gone during the build, fails nothing."""
    wanted = files(build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "fresh", parts=1))
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    assert ready_build(tmp_path, "blocked-build", blocked / "templates") == wanted
    gone = tmp_path / "blocked" / "gone"
    environment = loaded(gone)
    assert environment.get_template("page").render(x=1) == "[1] <% x %>", "no folder: compiled, not kept"
    assert not gone.exists()


def test_a_builder_that_builds_nothing_writes_nothing(tmp_path):
    """A process made ready and never taken leaves no folder behind (in a checkout, say)."""
    templates = tmp_path / "templates"
    ready = ReadyBuilders(Builder.MKDOCS, 1, templates=templates)
    (waiting,) = ready._waiting
    try:
        waiting.communicate(timeout=60)  # end of input without an order: it ends, having built nothing
    finally:
        ready.close()
    assert waiting.returncode == 0
    assert not templates.exists()


def test_a_builder_started_when_none_is_left_keeps_the_templates_too(tmp_path):
    """A build that finds no process waiting (a patch whose ready process a stopped build took)
    starts one that keeps the compiled templates, not a plain ``mkdocs``."""
    templates = tmp_path / "templates"
    ready = ReadyBuilders(Builder.MKDOCS, 0, templates=templates)
    try:
        built = build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "built", parts=1, ready=ready)
    finally:
        ready.close()
    assert "Home" in (built / "index.html").read_text()
    assert len(kept(templates)) > 10
