"""The PyTorch side: tensors (dense, detached, on the CPU), dtypes and devices; torch seeded once."""

import re
from typing import Any

import numpy as np
import torch

from generator.execute.child.adapters import Preparation
from generator.execute.values import ArrayValue, TextValue, Value, type_name

MODULES = ("torch",)
LIBRARY = "torch"
ARRAY_TYPE = "Tensor"

_WIDENED = {
    "bfloat16": torch.float32,
    "complex32": torch.complex64,
    "float8_e4m3fn": torch.float32,
    "float8_e5m2": torch.float32,
}
"""Torch dtypes NumPy cannot hold, and the dtype their values travel in (the original name is kept)."""


def version() -> str:
    """The imported PyTorch's version."""
    return str(torch.__version__)


def warm_up() -> None:
    """Format tiny tensors once: torch's printing helpers cost about 5 ms in every child otherwise.

    Only tiny tensors: a large operation would start torch's thread pool before fork.
    """
    for dtype in (torch.float32, torch.int64, torch.bool, torch.complex64):
        repr(torch.zeros(2, dtype=dtype))


def _broadcast_shapes() -> None:
    """Shape arithmetic imports torch's symbolic shapes, with sympy, on its first call."""
    torch.broadcast_shapes((1,), (2,))  # type: ignore[no-untyped-call]  # torch leaves it untyped


def _assert_close() -> None:
    """The comparison imports parts of ``torch.distributed`` and, through them, symbolic shapes."""
    torch.testing.assert_close(torch.zeros(1), torch.zeros(1))


def _optimizer_step() -> None:
    """An optimizer's first step imports the compiler (``torch._dynamo``) and the profiler's monitor."""
    parameter = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([parameter], lr=0.1)
    parameter.sum().backward()  # type: ignore[no-untyped-call]  # torch leaves it untyped
    optimizer.step()


PREPARATIONS = (
    Preparation("shape arithmetic", re.compile(r"\b(broadcast_shapes|distributions)\b"), _broadcast_shapes),
    Preparation("assert_close", re.compile(r"\btorch\.testing\b|\bassert_close\b"), _assert_close),
    Preparation("optimizers", re.compile(r"\boptim\b"), _optimizer_step, shared=False),
)
"""Each on tiny tensors: none draws from a generator or starts torch's thread pool before a fork.

The optimizers' preparation is not shared: in children forked from a server that had stepped an
optimizer, small torch operations ran a few percent slower, which every later torch snippet would
pay. The other two left them as fast as before."""


def seed(value: int) -> None:
    """Seed torch's generators (every device backend); each child inherits them untouched."""
    torch.manual_seed(value)


def convert(obj: Any) -> Value | None:
    """Tensors as arrays under their torch dtype name; dtypes and devices by name."""
    if isinstance(obj, torch.Tensor):
        plain = obj.detach()
        if plain.layout != torch.strided:
            plain = plain.to_dense()
        plain = plain.resolve_conj().resolve_neg().cpu()
        dtype = str(obj.dtype)
        widened = _WIDENED.get(dtype.removeprefix("torch."))
        if widened is not None:
            plain = plain.to(widened)
        return ArrayValue(np.array(plain.numpy()), dtype, type_name(obj))
    if isinstance(obj, torch.dtype | torch.device):
        return TextValue(str(obj).removeprefix("torch."), type_name(obj))
    return None


def set_threads(count: int) -> None:
    """PyTorch's intra-op threads."""
    torch.set_num_threads(count)
