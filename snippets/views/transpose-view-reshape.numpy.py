"""`reshape` on a transposed array copies when it has to. A porter who writes `.view(-1)` (the
PyTorch habit for reshaping) gets a `RuntimeError` instead: `view` never copies, and the
transpose's memory layout cannot be read as one flat run. Use `.reshape(-1)`, which copies only
when needed, as in [the faithful translation](#transpose-reshape).
"""
# /// pair
# title = "Flattening a transpose: .view(-1) raises, reshape copies"
# expect = "differs"
# difference = "Tensor.view raises on a non-contiguous tensor; it never copies"
# order = 16
# see = ["views/transpose-reshape"]
# numpy_call = "a.T.reshape(-1)"
# torch_call = "a.T.view(-1)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = a.T.reshape(-1)
print(result)
