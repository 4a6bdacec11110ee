"""When the Python integer itself does not fit the array's dtype, NumPy 2 refuses:
`u + 300` on a uint8 array raises {{promotion/uint8-plus-out-of-range-int numpy.error}} (its
message is in the traceback below). PyTorch converts 300 to uint8 silently and wraps, giving
{{promotion/uint8-plus-out-of-range-int torch.result[0]}} for 200 + 300 (500 less 256). Widen the
tensor first when the sum must be exact, as in [the faithful translation](#widen-before-adding).
"""
# /// pair
# title = "uint8 plus an out-of-range Python int: NumPy raises, PyTorch wraps"
# expect = "differs"
# difference = "torch wraps an out-of-range Python int instead of raising OverflowError"
# same_dtype = true
# order = 8
# see = ["promotion/widen-before-adding"]
# fix = "promotion/widen-before-adding"
# numpy_call = "u + 300"
# torch_call = "u + 300"
# ///
import numpy as np

u = np.array([200, 10], dtype=np.uint8)
result = u + 300
print(result, result.dtype)
