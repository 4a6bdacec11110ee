"""A half-finished port mixes the two libraries: here the data `x` is already a tensor, while the
`weights` are still a NumPy array. With the array on the left, every arithmetic operator fails:
`weights * x` raises {{promotion/ndarray-times-tensor torch.error}} (its message is in the traceback
below; `+` raises a `TypeError` about concatenation instead, printed first). With the tensor on the
left it runs, through NumPy ([a tensor on the left](#tensor-times-ndarray)). Convert the array with
`torch.from_numpy`, as in [the faithful translation](#ndarray-times-tensor-converted).
"""
# /// pair
# title = "An ndarray on the left of a tensor: TypeError"
# expect = "differs"
# difference = "ndarray (op) tensor raises TypeError"
# see = ["promotion/ndarray-times-tensor-converted"]
# fix = "promotion/ndarray-times-tensor-converted"
# order = 20
# numpy_call = "weights * x"
# torch_call = "weights * x  # weights still an ndarray"
# ///
import numpy as np

weights = np.array([0.5, 1.5, 2.5])
x = np.array([1.0, 2.0, 3.0], dtype=np.float32)
result = weights * x
print(result, result.dtype)
