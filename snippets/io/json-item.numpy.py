"""`.item()` turns the 0-d tensor into a Python `float`, which `json.dumps` writes exactly as it
writes NumPy's `np.float64`; the two JSON strings are identical. (`.tolist()` does the same for
tensors with more elements.)
"""
# /// pair
# title = "A reduced value in JSON: .item() first"
# expect = "equal"
# order = 14
# numpy_call = "json.dumps({'loss': x.mean()})"
# torch_call = "json.dumps({'loss': x.mean().item()})"
# ///
import json

import numpy as np

x = np.array([1.5, 2.5, 3.0])
result = json.dumps({"loss": x.mean()})
print(result)
