"""Logging a metric as JSON works with NumPy's float reductions: `x.mean()` is an `np.float64`, a
subclass of Python's `float` (the NumPy side prints `isinstance(..., float)`), and `json.dumps`
writes it as a number. The same reduction in PyTorch is a 0-d tensor, which is no `float`, and
`json.dumps` raises {{io/json-reduction torch.error}} (its message is in the traceback below).
(NumPy's integer scalars such as `np.int64` are not `int`s and fail the same way in NumPy, as its
side prints.) Convert with `.item()`, as in [the faithful translation](#json-item).
"""
# /// pair
# title = "A reduced value in JSON: np.float64 is a float, a 0-d tensor is not"
# expect = "differs"
# difference = "json.dumps raises TypeError for a tensor; np.float64 serialises as a float"
# see = ["io/json-item"]
# fix = "io/json-item"
# order = 14
# numpy_call = "json.dumps({'loss': x.mean()})"
# torch_call = "json.dumps({'loss': x.mean()})"
# ///
import json

import numpy as np

x = np.array([1.5, 2.5, 3.0])
print(isinstance(x.mean(), float))
result = json.dumps({"loss": x.mean()})
print(result)
try:
    json.dumps({"count": np.array([1, 2]).sum()})
except TypeError as error:
    print(error)
