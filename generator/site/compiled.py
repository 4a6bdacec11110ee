"""The theme's templates compiled once and kept between MkDocs builds, in a folder of the builder's own.

MkDocs makes a new Jinja environment for every build (``Theme.get_env``), so every build, a dirty
build of one page included, parses and compiles Material's templates again: a good part of the
small builds the author's loop waits for. Jinja can keep the compiled code in a folder
(``FileSystemBytecodeCache``), and takes an entry only for the same template source, Python and
Jinja. Jinja does not check the environment the code was compiled for (its syntax, extensions,
``finalize``, autoescaping): a theme, a plugin (``on_env``) or another MkDocs may change those, so
they are part of each entry's key here. A stale or unreadable entry is compiled again.

The builder's own processes (``runner``, ``devserver``) keep the theme's templates so, and the
generator its own pages' templates (``templating``): this module imports Jinja, nothing of the
generator, and MkDocs only where a theme's templates are kept.
"""

import contextlib
import hashlib
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


def _named(value: object) -> str:
    """A setting as text that is the same in every process: a callable by its qualified name."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    named = value if hasattr(value, "__qualname__") else type(value)
    return f"{getattr(named, '__module__', '')}.{getattr(named, '__qualname__', '')}"


def environment_key(environment: jinja2.Environment) -> str:
    """What, besides a template's source, decides the code Jinja compiles it to in ``environment``."""
    settings = (
        jinja2.__version__,
        _named(type(environment)),
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        _named(environment.line_statement_prefix),
        _named(environment.line_comment_prefix),
        _named(environment.trim_blocks),
        _named(environment.lstrip_blocks),
        environment.newline_sequence,
        _named(environment.keep_trailing_newline),
        _named(environment.optimized),
        _named(environment.is_async),
        _named(environment.finalize),
        _named(environment.autoescape),
        _named(environment.code_generator_class),
        *sorted(environment.extensions),
    )
    return hashlib.sha256("\0".join(settings).encode()).hexdigest()


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's folder of compiled templates, its keys also naming the environment (``environment_key``)."""

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The entry for ``name`` compiled from ``source`` in an environment set up as ``environment``."""
        key = self.get_cache_key(f"{environment_key(environment)}\0{name}", filename)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Load the entry's code; an entry that cannot be read leaves the bucket empty (compiled again)."""
        try:
            super().load_bytecode(bucket)
        except Exception:  # unpickling a damaged entry can raise nearly anything
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep the entry's code, unless the folder cannot take it: the build goes on without it.

        The folder is made with the first entry: a process that builds nothing writes nothing.
        """
        with contextlib.suppress(OSError):
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)


def keep_compiled_templates(folder: Path) -> None:
    """Make every theme environment MkDocs creates in this process from now on keep its code in ``folder``.

    Where no folder can be made, MkDocs compiles as it always does.
    """
    from mkdocs.theme import Theme  # noqa: PLC0415 - the generator's processes, which import this module too, need no MkDocs

    cache = CompiledTemplates(str(folder))
    created = Theme.get_env

    def get_env(theme: Theme) -> jinja2.Environment:
        environment = created(theme)
        environment.bytecode_cache = cache
        return environment

    setattr(Theme, "get_env", get_env)  # noqa: B010 - a method replaced for this process alone
