"""What the catalog did under one combination, as JSON that one CI job writes and another merges.

A record keeps, per pair, the verdict the compare stage gave (the claim judged as if the pair
applied everywhere: whether it *applies* is decided when records are merged, from its current
``requires``) and, per side, what the run ended with: a result (its types, dtypes and shapes, and
a digest of its values at single precision, so the last bits of a float that a new release sums
in another order do not count as a change), an exception, or a fault. A digest of what the
verdict depends on (the executed code, the claim, the tolerances) ties each pair's entry to the
code it was run from.

A record is read back as untrusted data: every field is checked for its type and bounded in
length, and a file that breaks the format is refused with its name.
"""

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import Verdict, judge
from generator.discover.catalog import Pair
from generator.errors import GeneratorError
from generator.execute.runs import SideRun
from generator.execute.values import ArrayValue, Value, fold
from generator.matrix.combos import Combination, parse_combination

SCHEMA = 1
MAX_RECORD_BYTES = 64 << 20
_TEXT = 300
"""Longest kept message, result description or summary; a record is a summary, pages show the runs."""
_REASON = 4000
_LEAVES = 64


class RecordError(GeneratorError):
    """A record file is not one this generator wrote: the file and the field are named."""


class Outcome(StrEnum):
    """How one side's run ended."""

    RESULT = "result"
    ERROR = "error"
    FAULT = "fault"
    MISSING = "missing"


@dataclass(frozen=True)
class SideRecord:
    """One side's run in brief: its outcome, the exception or fault, its result's shape and values."""

    outcome: Outcome
    kind: str = ""
    """The exception's type, or the fault's kind."""
    message: str = ""
    result: str = ""
    """Types, dtypes and shapes: ``ndarray int16 (1,)``, for a container each item's."""
    types: tuple[str, ...] = ()
    """Each part's path, type and, for an array, dtype (``result[0]: numpy.ndarray int16``): what
    promotion changes. NumPy's scalar classes are ``numpy scalar``: their dtype names them, and NumPy 2
    renamed some (``numpy.bool_`` is ``numpy.bool``) without changing what they are."""
    digest: str = ""


@dataclass(frozen=True)
class PairRecord:
    """One pair under one combination."""

    code: str
    verdict: Verdict
    holds: bool
    summary: str
    sides: tuple[tuple[str, SideRecord], ...]

    def side(self, name: str) -> SideRecord:
        """One side's run (MISSING when the record has none)."""
        return dict(self.sides).get(name, SideRecord(Outcome.MISSING))


@dataclass(frozen=True)
class CombinationRecord:
    """The catalog under one combination, or why its environment could not be made."""

    combination: Combination
    installed: bool
    versions: Mapping[str, str]
    """Python's and each side's version, as the warm server reported them."""
    reason: str = ""
    environment_seconds: float = 0.0
    environment_created: bool = False
    run_seconds: float = 0.0
    executed: int = 0
    cached: int = 0
    pairs: Mapping[str, PairRecord] | None = None


def pair_digest(pair: Pair) -> str:
    """A digest of what a pair's verdict depends on: each side's executed code, the claim, the tolerances."""
    meta = pair.meta
    material = {
        "code": {snippet.side.name: snippet.executed_source for snippet in pair.snippets},
        "claim": [meta.expect.value, meta.rtol, meta.atol, meta.same_dtype] if meta else None,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()[:32]


def record_of(combination: Combination, result: CatalogResult, **costs: Any) -> CombinationRecord:
    """The record of a catalog run under ``combination``; ``costs`` are the timing and count fields."""
    sides = result.catalog.sides
    pairs = {}
    for outcome in result.outcomes:
        judgement = judge(outcome.pair, outcome.runs, sides)
        pairs[outcome.pair.id] = PairRecord(
            code=pair_digest(outcome.pair),
            verdict=judgement.verdict,
            holds=judgement.holds,
            summary=judgement.summary[:_TEXT],
            sides=tuple((side.name, side_record(outcome.runs.get(side.name))) for side in sides),
        )
    return CombinationRecord(
        combination=combination, installed=True, versions=dict(result.versions), pairs=pairs, **costs
    )


def side_record(run: SideRun | None) -> SideRecord:
    """A run in brief."""
    if run is None:
        return SideRecord(Outcome.MISSING)
    if run.fault is not None:
        return SideRecord(Outcome.FAULT, run.fault.kind.value, _first_line(run.fault.message))
    if run.error is not None:
        return SideRecord(Outcome.ERROR, run.error.type[:_TEXT], _first_line(run.error.message))
    if run.result is None:
        return SideRecord(Outcome.MISSING)
    return SideRecord(
        Outcome.RESULT,
        result=describe(run.result)[:_TEXT],
        types=tuple(_types(run.result))[:_LEAVES],
        digest=_digest(run.result),
    )


def describe(value: Value) -> str:
    """Types, dtypes and shapes in a few words: ``ndarray int16 (1,)``; ``tuple(ndarray int64 (2,), str)``."""
    return fold(
        value,
        array=lambda v: f"{v.type_name} {v.dtype} {v.shape}" if v.shape else f"{v.type_name} {v.dtype}",
        text=lambda v: v.type_name,
        sequence=lambda v, items: f"{v.type_name}({', '.join(items)})",
        mapping=lambda v, items: f"{v.type_name}({', '.join(f'{k}: {i}' for k, i in items)})",
    )


def _types(value: Value) -> list[str]:
    """Each part's path and type: ``result: dict``, ``result['all']: numpy scalar bool``."""

    def array(v: ArrayValue) -> list[str]:
        scalar = v.type_name.startswith("numpy.") and v.type_name != "numpy.ndarray"
        return [f": {'numpy scalar' if scalar else v.type_name} {v.dtype}"]

    found = fold(
        value,
        array=array,
        text=lambda v: [f": {v.type_name}"],
        sequence=lambda v, items: [
            f": {v.type_name}",
            *(f"[{i}]{t}" for i, item in enumerate(items) for t in item),
        ],
        mapping=lambda v, items: [f": {v.type_name}", *(f"[{k!r}]{t}" for k, item in items for t in item)],
    )
    return [f"result{entry}" for entry in found]


def _digest(value: Value) -> str:
    """The values and shapes, floats rounded to single precision (NaN one value, -0.0 equal to 0.0)."""
    hasher = hashlib.sha256()

    def array(v: ArrayValue) -> None:
        data = v.array
        hasher.update(f"{data.shape}{data.dtype.kind}".encode())
        if data.dtype.kind in "fc":
            hasher.update(_single(data.real, data.imag) if data.dtype.kind == "c" else _single(data))
        elif data.dtype.kind in "biu":
            hasher.update(np.ascontiguousarray(data).tobytes())
        else:
            hasher.update(str(data.tolist()).encode())

    fold(
        value,
        array=array,
        text=lambda v: hasher.update(f"text:{v.text!r}".encode()),
        sequence=lambda v, items: hasher.update(f"seq:{len(items)}".encode()),
        mapping=lambda v, items: hasher.update(f"map:{[k for k, _ in items]}".encode()),
    )
    return hasher.hexdigest()[:32]


def _single(*parts: np.ndarray) -> bytes:
    """Floats at single precision relative to the largest of them, at any magnitude (no overflow).

    Each value is rounded to 24 significant bits, and one smaller than the largest finite magnitude
    by more than that is zero: the ``3.6e-16`` an FFT leaves where another release gives ``0``.
    NaN is one value, ``-0.0`` is ``0.0``.
    """
    values = [np.asarray(part, dtype=np.float64) for part in parts]
    finite = np.concatenate([np.abs(v[np.isfinite(v)]).ravel() for v in values])
    floor = float(finite.max()) * 2.0**-24 if finite.size else 0.0
    found = b""
    for part in values:
        mantissa, exponent = np.frexp(np.where(np.abs(part) <= floor, 0.0, part))
        rounded = np.round(mantissa * (1 << 24)) + 0.0
        found += np.asarray(np.where(np.isnan(rounded), np.nan, rounded)).tobytes()
        found += np.asarray(exponent).tobytes()
    return found


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:_TEXT]


def to_json(record: CombinationRecord) -> str:
    """The record as JSON text."""
    document = {
        "schema": SCHEMA,
        "combination": record.combination.spec,
        "installed": record.installed,
        "versions": dict(record.versions),
        "reason": record.reason,
        "environment_seconds": record.environment_seconds,
        "environment_created": record.environment_created,
        "run_seconds": record.run_seconds,
        "executed": record.executed,
        "cached": record.cached,
        "pairs": {
            pair_id: {
                "code": pair.code,
                "verdict": pair.verdict.value,
                "holds": pair.holds,
                "summary": pair.summary,
                "sides": {
                    name: {
                        "outcome": side.outcome.value,
                        "kind": side.kind,
                        "message": side.message,
                        "result": side.result,
                        "types": list(side.types),
                        "digest": side.digest,
                    }
                    for name, side in pair.sides
                },
            }
            for pair_id, pair in (record.pairs or {}).items()
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def read_record(path: Path) -> CombinationRecord:
    """A record file, checked field by field; RecordError names the file and what is wrong."""
    try:
        if path.stat().st_size > MAX_RECORD_BYTES:
            raise RecordError(f"{path}: larger than {MAX_RECORD_BYTES >> 20} MiB, not a record")
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise RecordError(f"{path}: not a record of the version matrix ({exc})") from exc


def from_json(data: Any) -> CombinationRecord:
    """A record from parsed JSON; ValueError, TypeError or KeyError when a field is wrong."""
    document = _mapping(data, "record")
    if document["schema"] != SCHEMA:
        raise ValueError(f"schema {document['schema']!r}, expected {SCHEMA}")
    pairs = _mapping(document["pairs"], "pairs")
    return CombinationRecord(
        combination=parse_combination(_text(document["combination"], "combination", 200)),
        installed=_flag(document["installed"], "installed"),
        versions={
            _text(k, "versions", 40): _text(v, "versions", 80)
            for k, v in _mapping(document["versions"], "versions").items()
        },
        reason=_text(document["reason"], "reason", _REASON),
        environment_seconds=_number(document["environment_seconds"], "environment_seconds"),
        environment_created=_flag(document["environment_created"], "environment_created"),
        run_seconds=_number(document["run_seconds"], "run_seconds"),
        executed=int(_number(document["executed"], "executed")),
        cached=int(_number(document["cached"], "cached")),
        pairs={_text(pair_id, "pair id", 200): _pair(entry) for pair_id, entry in pairs.items()},
    )


def _pair(data: Any) -> PairRecord:
    entry = _mapping(data, "pair")
    return PairRecord(
        code=_text(entry["code"], "code", 64),
        verdict=Verdict(entry["verdict"]),
        holds=_flag(entry["holds"], "holds"),
        summary=_text(entry["summary"], "summary", _TEXT),
        sides=tuple(
            (_text(name, "side", 40), _side(side)) for name, side in _mapping(entry["sides"], "sides").items()
        ),
    )


def _side(data: Any) -> SideRecord:
    entry = _mapping(data, "side")
    types = entry["types"]
    if not isinstance(types, list) or len(types) > _LEAVES:
        raise TypeError(f"types: expected a list of at most {_LEAVES} names")
    return SideRecord(
        outcome=Outcome(entry["outcome"]),
        kind=_text(entry["kind"], "kind", _TEXT),
        message=_text(entry["message"], "message", _TEXT),
        result=_text(entry["result"], "result", _TEXT),
        types=tuple(_text(t, "type", _TEXT) for t in types),
        digest=_text(entry["digest"], "digest", 64),
    )


def _mapping(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"{what}: expected an object, got {type(value).__name__}")
    return value


def _text(value: Any, what: str, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise TypeError(f"{what}: expected a string of at most {limit} characters")
    return value


def _flag(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{what}: expected true or false, got {value!r}")
    return value


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise TypeError(f"{what}: expected a number >= 0, got {value!r}")
    return float(value)
