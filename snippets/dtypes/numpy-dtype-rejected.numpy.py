"""Leaving a NumPy dtype in ported code is an easy slip: `torch.zeros(3, dtype=np.float32)` raises
`TypeError` because the `dtype` argument must be a `torch.dtype`. Replace every `np.<name>` by
`torch.<name>`, as in [the faithful translation](#torch-dtype-constructor) and
[the table of names](#dtype-names). Only Python's own `float`, `int`,
`bool` and `complex` are accepted by both (see [Python types as dtypes](#python-types-as-dtypes)).
"""
# /// pair
# title = "A NumPy dtype passed to a PyTorch constructor"
# expect = "differs"
# difference = "torch constructors reject NumPy dtypes with TypeError"
# order = 2
# see = ["dtypes/torch-dtype-constructor", "dtypes/dtype-names"]
# fix = "dtypes/torch-dtype-constructor"
# numpy_call = "np.zeros(3, dtype=np.float32)"
# torch_call = "torch.zeros(3, dtype=np.float32)  # TypeError"
# ///
import numpy as np

result = np.zeros(3, dtype=np.float32)
print(result)
