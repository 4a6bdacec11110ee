"""PyTorch names the reduced dimension `dim` and the flag `keepdim`, but its reductions also accept
NumPy's `axis=` and `keepdims=`: `sum`, `mean`, `amax`, `any`, `argmax`, `cumsum` and `prod` below
all run unchanged with NumPy's keywords and give NumPy's results. The exceptions are what make
porting keywords risky: `torch.flip` ([flip with axis=](indexing.md#flip-axis-keyword)),
`torch.roll` ([roll with axis=](indexing.md#roll-axis-keyword)), `torch.unique` ([unique with
axis=](sorting.md#unique-axis-keyword)) and `std(ddof=)` ([std with ddof](#std-ddof-keyword)) raise
`TypeError`, and `std` and `var` accept `axis=` but divide by n - 1 unless told otherwise
([var's default](#var-default)).
"""
# /// pair
# title = "axis= and keepdims= work in most PyTorch reductions"
# expect = "equal"
# same_dtype = true
# order = 0
# numpy_call = "a.sum(axis=0, keepdims=True)"
# torch_call = "t.sum(axis=0, keepdims=True)"
# ///
import numpy as np

a = np.arange(6.0).reshape(2, 3)
result = {
    "sum": a.sum(axis=0, keepdims=True),
    "mean": np.mean(a, axis=1, keepdims=True),
    "amax": np.amax(a, axis=0, keepdims=True),
    "any": np.any(a > 4, axis=1, keepdims=True),
    "argmax": np.argmax(a, axis=1),
    "cumsum": np.cumsum(a, axis=0),
    "prod": np.prod(a, axis=1, keepdims=True),
}
print(result)
