"""When `np.put` gets fewer values than positions it cycles through them: one value fills every
position. `Tensor.put_` requires exactly one value per position and raises
{{indexing/put-fewer-values torch.error}} otherwise.
[Repeat the values yourself](#put-cycled-values) to port such a call.
"""
# /// pair
# title = "np.put with fewer values than positions"
# expect = "differs"
# difference = "Tensor.put_ does not cycle values; it raises IndexError"
# order = 17
# see = ["indexing/put-cycled-values"]
# fix = "indexing/put-cycled-values"
# numpy_call = "np.put(a, [1, 2, 3], [9])"
# torch_call = "t.put_(torch.tensor([1, 2, 3]), torch.tensor([9]))"
# ///
import numpy as np

a = np.zeros(5, dtype=np.int64)
np.put(a, [1, 2, 3], [9])
print(a)
result = a
