"""The `_like` constructors copy the shape and dtype of an existing array: `zeros_like`,
`ones_like`, `full_like` and `empty_like` exist under the same names in PyTorch. Both keep the
dtype even when the fill value does not fit it: `full_like` of an int64 array with 2.7 gives 2s
in both libraries. Pass `dtype=` to get a different type.
"""
# /// pair
# title = "Same shape and dtype: zeros_like, ones_like, full_like"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.full_like(a, 2.7)"
# torch_call = "torch.full_like(a, 2.7)"
# ///
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
result = {
    "zeros_like": np.zeros_like(a),
    "ones_like": np.ones_like(a, dtype=np.float32),
    "full_like": np.full_like(a, 2.7),
}
for name, array in result.items():
    print(name, array.dtype, array.tolist())
