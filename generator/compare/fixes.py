"""Faithful forms: the fix a documented difference names must be proved, and must be a fix.

Every ``differs`` pair names, in its ``fix`` key, the pair that shows what to write instead of
the naive port; the cheat sheet and the traps page show exactly that pair's short forms. The
build holds the fix to what those pages say of it: its verdict is ``equal`` and holds, it gives a
short form for every side the pages show, and each port side's form is not the naive port's
(comments and spacing aside). A fix that fails one of these is a problem located at the ``fix``
key, and the pair that names it does not hold.
"""

import functools
import io
import tokenize
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from generator.compare.verdict import PairOutcome, Verdict
from generator.errors import Problem
from generator.sides import SideRegistry


def check_fixes(outcomes: Sequence[PairOutcome], sides: SideRegistry) -> tuple[PairOutcome, ...]:
    """The outcomes, each pair whose fix fails a check made not to hold, with the located reason."""
    by_id = {outcome.pair.id: outcome for outcome in outcomes}
    checked = []
    for outcome in outcomes:
        problem = fix_problem(outcome, by_id, sides)
        judgement = outcome.judgement
        if problem is not None:
            judgement = replace(judgement, holds=False, details=(str(problem), *judgement.details))
        checked.append(replace(outcome, judgement=judgement))
    return tuple(checked)


def fix_problem(
    outcome: PairOutcome, by_id: Mapping[str, PairOutcome], sides: SideRegistry
) -> Problem | None:
    """Why the pair's ``fix`` is not a proved faithful form; None when it is, or cannot be judged here.

    A fix outside the selected pairs is not judged (``check linalg`` runs only that section).
    """
    pair, meta = outcome.pair, outcome.pair.meta
    reference = pair.snippet(sides.reference.name)
    if meta is None or meta.fix is None or reference is None or meta.fix not in by_id:
        return None
    fix = by_id[meta.fix]
    message = ""
    if fix.pair.id == pair.id:
        message = "a pair cannot be its own fix"
    elif fix.judgement.verdict is not Verdict.EQUAL or not fix.judgement.holds:
        observed = fix.judgement.verdict.value + ("" if fix.judgement.holds else ", not holding")
        message = f"{fix.pair.id} is not proved equal (observed: {observed}), so it cannot be the fix"
    else:
        message = _form_problem(outcome, fix, sides)
    path = Path(reference.display_path)
    return Problem(path, meta.line_of("fix") or 0, f"key 'fix': {message}") if message else None


def _form_problem(outcome: PairOutcome, fix: PairOutcome, sides: SideRegistry) -> str:
    """Why the fix's short forms cannot stand as what to write instead, or ''."""
    naive, faithful = outcome.pair.meta, fix.pair.meta
    if naive is None or faithful is None:
        return ""
    missing = [side.call_key for side in sides if faithful.call(side.name) is None]
    if missing:
        return f"{fix.pair.id} gives no {' or '.join(missing)}, so the pages would show no form to write"
    same = [
        side.label
        for side in sides.sides[1:]
        if (written := naive.call(side.name)) is not None
        and same_form(written, faithful.call(side.name) or "")
    ]
    if same:
        form = faithful.call(sides.sides[1].name)
        return f"{fix.pair.id} shows the naive port's own {' and '.join(same)} form `{form}`"
    return ""


def same_form(first: str, second: str) -> bool:
    """Whether two short forms are the same code once comments and spacing are set aside."""
    return _tokens(first) == _tokens(second)


@functools.lru_cache(maxsize=4096)
def _tokens(code: str) -> tuple[str, ...]:
    """The code's tokens without comments and layout; the text itself when it does not tokenize.

    Kept by text: the build judges every fix and the traps page proves them again, and the preview
    does both after every edit, on short forms that rarely change.
    """
    try:
        tokens = tokenize.generate_tokens(io.StringIO(code).readline)
        return tuple(
            token.string
            for token in tokens
            if token.type
            not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
            and token.string
        )
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return (" ".join(code.split("#", 1)[0].split()),)
