"""Indexing the values with `arange(len(idx)) % len(values)` reproduces NumPy's cycling for
any number of values, and gives `Tensor.put_` one value per position.
"""
# /// pair
# title = "np.put's cycling of values, spelled out for Tensor.put_"
# expect = "equal"
# order = 18
# numpy_call = "np.put(a, [0, 1, 2, 4, 5], [8, 9])"
# torch_call = "t.put_(idx, values[torch.arange(len(idx)) % len(values)])"
# ///
import numpy as np

a = np.zeros(6, dtype=np.int64)
np.put(a, [0, 1, 2, 4, 5], [8, 9])
print(a)
result = a
