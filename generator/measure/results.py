"""Frozen records of one performance run, and their strict JSON form.

Everything the measurement produces lands here before it is written, so the JSON file and the
figures are two views of the same values. The JSON is strict (``allow_nan=False``: a NaN or an
infinity is a bug upstream, not a value to publish) and ``from_json`` rebuilds the exact records,
rejecting missing or unknown keys, so a reader of ``performance.json`` can trust its shape.
"""

import dataclasses
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, TypeVar

from generator.timer import Timing

SCHEMA = 2
"""2: what exists once per side (timings, code, rates, versions) is keyed by the side's name."""

T = TypeVar("T")


@dataclass(frozen=True)
class SideRate:
    """One side's part of a machine limit: the rate it reached (in its record's unit) and its timing."""

    rate: float
    timing: Timing


@dataclass(frozen=True)
class Bandwidth:
    """Memory bandwidth measured from a large array copy; 1 GB = 10^9 bytes.

    ``counted`` says which bytes the figure counts (read + write: twice the array per copy), so a
    reader comparing it with a vendor figure knows that a write-allocate cache line read is not in it.
    ``sides`` holds each side's rate in GB/s, by the side's name (``generator.sides``).
    """

    gb_per_s: float
    counted: str
    array_bytes: int
    sides: dict[str, SideRate]


@dataclass(frozen=True)
class PeakFlops:
    """Floating-point rate reached by a large matrix product (2 n^3 operations), best of the sides.

    ``sides`` holds each side's rate in GFLOP/s, by the side's name.
    """

    dtype: str
    n: int
    gflop_per_s: float
    sides: dict[str, SideRate]


@dataclass(frozen=True)
class Machine:
    """The machine's facts as its libraries report them, and its limits as measured here."""

    cpu_model: str
    logical_cores: int
    usable_cores: int
    cpu_simd_flags: tuple[str, ...]
    platform: str
    python: str
    versions: dict[str, str]
    """Each side's library version, by the side's name."""
    numpy_blas: str
    numpy_simd: tuple[str, ...]
    numpy_blas_threads: int | None
    torch_threads: int
    torch_interop_threads: int
    torch_parallel_backend: str
    torch_blas: str
    torch_cpu_capability: str
    torch_backends: dict[str, bool]
    torch_parallel_info: str
    cuda_device: str | None
    bandwidth: Bandwidth
    peak: tuple[PeakFlops, ...]


@dataclass(frozen=True)
class ThreadSettings:
    """The thread counts the sweeps ran at, as each library reported them after being set."""

    requested: int
    torch_threads: int
    numpy_blas_threads: int | None
    numpy_method: str
    note: str


@dataclass(frozen=True)
class Point:
    """One size of one operation: each side's timing, by side name, and torch/numpy (below 1: PyTorch faster).

    PyTorch ran at the sweep's stated thread count; ``one_thread`` holds the same call with the
    compared side limited to one thread, the control that shows what the extra threads bought (or
    cost, when other processes hold the cores the threads must wait for).
    """

    size: int
    timings: dict[str, Timing]
    ratio: float
    one_thread: dict[str, Timing]
    ratio_one_thread: float


@dataclass(frozen=True)
class GpuPoint:
    """One size on the GPU: kernel time alone, and the copies in and out timed on their own."""

    size: int
    kernel: Timing
    to_device: Timing
    to_host: Timing


@dataclass(frozen=True)
class Series:
    """One operation at one dtype over the size sweep.

    ``size_unit`` says what ``size`` counts (elements, or n for n×n matrices). ``crossover`` is the
    smallest size from which PyTorch is faster at every larger size measured; None if never.
    ``crossover_one_thread`` is the same for PyTorch on one thread. ``gpu`` is empty when the GPU
    series was not measured (see ``Sweeps.gpu``). ``code`` is what each side runs, by side name.
    """

    op: str
    dtype: str
    size_unit: str
    code: dict[str, str]
    points: tuple[Point, ...]
    crossover: int | None
    crossover_one_thread: int | None
    gpu: tuple[GpuPoint, ...]


@dataclass(frozen=True)
class GpuStatus:
    """Whether the PyTorch-on-GPU series was measured, and the device or the reason it was not."""

    measured: bool
    detail: str


@dataclass(frozen=True)
class Sweeps:
    """NumPy against PyTorch over sizes, per operation and dtype, at one stated thread count.

    ``load_before`` and ``load_after`` are the system's 1, 5 and 15 minute load averages around the
    sweeps: above the core count, other processes competed for the cores while they ran.
    """

    threads: ThreadSettings
    min_time: float
    repeats: int
    series: tuple[Series, ...]
    gpu: GpuStatus
    seconds: float
    load_before: tuple[float, ...]
    load_after: tuple[float, ...]


@dataclass(frozen=True)
class Form:
    """One way of writing the sigmoid, with the code it runs."""

    name: str
    library: str
    code: str


@dataclass(frozen=True)
class FormTiming:
    """One form at one input size: its per-call timing, or why it could not run."""

    form: str
    size: int
    timing: Timing | None
    ratio_vs_numpy: float | None
    error: str | None


@dataclass(frozen=True)
class LoopRun:
    """A whole Python loop calling one form on the 4×1 input, timed once, as a script under ``time`` was."""

    form: str
    iterations: int
    seconds: float
    per_call: float
    ratio_vs_numpy: float


@dataclass(frozen=True)
class Fastest:
    """Which form won one comparison, and where the element-by-element ``apply_`` form placed."""

    case: str
    form: str
    apply_rank: int
    apply_vs_fastest: float


@dataclass(frozen=True)
class CompileStatus:
    """Whether ``torch.compile`` worked here, how long compiling took, or the exact failure."""

    attempted: bool
    worked: bool
    detail: str
    compile_seconds: float | None


@dataclass(frozen=True)
class Sigmoid:
    """The sigmoid forms side by side in one run: per-call timings, whole loops, and who won."""

    dtype: str
    torch_threads: int
    threads_reason: str
    forms: tuple[Form, ...]
    sizes: tuple[int, ...]
    timings: tuple[FormTiming, ...]
    loops: tuple[LoopRun, ...]
    fastest: tuple[Fastest, ...]
    compile: CompileStatus
    conclusion: str
    seconds: float


@dataclass(frozen=True)
class Performance:
    """Everything one ``python -m generator.measure`` run produced."""

    schema: int
    created: str
    quick: bool
    wall_seconds: float
    note: str
    machine: Machine
    sweeps: Sweeps
    sigmoid: Sigmoid
    figures: tuple[str, ...]


def to_json(record: Performance) -> str:
    """Strict, indented JSON of a run; raises ValueError on NaN or infinity rather than writing them."""
    return json.dumps(dataclasses.asdict(record), indent=1, allow_nan=False, ensure_ascii=False) + "\n"


def _reject_constant(name: str) -> float:
    raise ValueError(f"non-finite number {name} in performance JSON")


def from_json(text: str) -> Performance:
    """Rebuild a run from ``to_json``'s output; raises ValueError on any key or type that does not fit."""
    record: Performance = _decode(Performance, json.loads(text, parse_constant=_reject_constant), "$")
    return record


def _decode(kind: Any, value: Any, where: str) -> Any:
    """Turn parsed JSON ``value`` into ``kind`` (a dataclass, tuple, dict, optional or scalar type)."""
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _decode_record(kind, value, where)
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _decode(inner, value, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
        return tuple(_decode(args[0], item, f"{where}[{index}]") for index, item in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise ValueError(f"{where}: expected an object, got {type(value).__name__}")
        return {str(key): _decode(args[1], item, f"{where}.{key}") for key, item in value.items()}
    return _decode_scalar(kind, value, where)


def _decode_record(kind: type[T], value: Any, where: str) -> T:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object for {kind.__name__}, got {type(value).__name__}")
    hints = typing.get_type_hints(kind)
    names = [field.name for field in dataclasses.fields(kind)]  # type: ignore[arg-type]
    missing = [name for name in names if name not in value]
    unknown = [key for key in value if key not in names]
    if missing or unknown:
        raise ValueError(f"{where}: {kind.__name__} missing {missing}, unknown {unknown}")
    return kind(**{name: _decode(hints[name], value[name], f"{where}.{name}") for name in names})


def _decode_scalar(kind: Any, value: Any, where: str) -> Any:
    # bool is an int subclass in Python: check it first so that 1 never passes as True or back.
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif kind is str:
        if isinstance(value, str):
            return value
    else:
        raise TypeError(f"{where}: no JSON decoding for {kind!r}")
    raise ValueError(f"{where}: expected {kind.__name__}, got {value!r}")
