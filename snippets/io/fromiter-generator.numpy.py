"""`np.fromiter(iterable, dtype)` consumes any iterable, a generator included, into a 1-D array.
`torch.tensor` needs a sequence: given a generator it raises an error, as it cannot infer a dtype
from one, so materialise it with `list(...)` first. `count=` in NumPy stops after that many
items; `itertools.islice` does the same in Python.
"""
# /// pair
# title = "Arrays from iterables: np.fromiter"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "np.fromiter((i * i for i in range(6)), dtype=np.int64)"
# torch_call = "torch.tensor(list(i * i for i in range(6)))"
# ///
import itertools

import numpy as np

squares = np.fromiter((i * i for i in range(6)), dtype=np.int64)
first = np.fromiter(itertools.count(10), dtype=np.int64, count=3)
print(squares, first)
result = {"squares": squares, "first": first}
