"""With `dtype=float64` both libraries accumulate the float32 values in double precision and return
{{reductions/float32-sum-float64 numpy.result}}, the exact sum of the ten million float32 copies of
0.1, in both (the order of the additions no longer shows at this precision).
"""
# /// pair
# title = "Summing float32 values: accumulate in float64"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "x.sum(dtype=np.float64)"
# torch_call = "x.sum(dtype=torch.float64)"
# ///
import numpy as np

x = np.full(10_000_000, 0.1, dtype=np.float32)
result = x.sum(dtype=np.float64)
print(repr(result))
