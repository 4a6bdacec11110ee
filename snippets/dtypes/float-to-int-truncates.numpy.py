"""Converting floats to integers drops the fractional part in both libraries: the result is
rounded toward zero, so -2.7 becomes -2, not -3. If you want floor or nearest, say so before the
conversion with `np.floor`/`torch.floor` or `np.round`/`torch.round`.
"""
# /// pair
# title = "Float to integer rounds toward zero"
# expect = "equal"
# same_dtype = true
# order = 19
# numpy_call = "a.astype(np.int64)"
# torch_call = "t.long()"
# ///
import numpy as np

a = np.array([2.7, -2.7, 0.5, -0.5, 1.999])
result = a.astype(np.int64)
print(result)
print(np.floor(a).astype(np.int64))
