"""The function forms `np.sum`, `np.prod`, `np.min` (alias `np.amin`), `np.std` and `np.var` map to
`torch.sum`, `torch.prod`, `torch.amin`, `torch.std` and `torch.var`, with `axis=` spelled `dim=`.
Two defaults differ: `torch.std` and `torch.var` divide by n - 1 unless given `correction=0`
(see [the variance pair](#var-default)), and `torch.min(x, dim)` returns a `(values, indices)`
named tuple where `torch.amin` returns values only.
"""
# /// pair
# title = "Reductions as functions: sum, prod, min, std, var"
# expect = "equal"
# same_dtype = true
# order = 33
# numpy_call = "np.std(x, axis=0)"
# torch_call = "torch.std(x, dim=0, correction=0)"
# ///
import numpy as np

x = np.array([[1.0, 4.0, 2.0], [3.0, -1.0, 5.0]])
result = {
    "sum": np.sum(x, axis=0),
    "prod": np.prod(x, axis=1),
    "min": np.min(x, axis=1),
    "amin": np.amin(x),
    "std": np.std(x, axis=0),
    "var": np.var(x),
}
print(result)
