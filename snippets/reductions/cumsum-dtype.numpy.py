"""Running sums and products promote small signed integers and booleans to int64 in both libraries, as
`sum` does. `torch.cumsum` and `torch.cumprod` need the dimension: `dim=0` for a 1-D tensor.
"""
# /// pair
# title = "cumsum and cumprod of small integers: int64"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "np.cumsum(a)"
# torch_call = "torch.cumsum(a, dim=0)"
# ///
import numpy as np

a = np.array([100, 100, 100], dtype=np.int8)
flags = np.array([True, False, True])
result = {
    "cumsum": np.cumsum(a),
    "cumprod": np.cumprod(a),
    "bool cumsum": np.cumsum(flags),
}
print(result)
