"""`np.array_equal` corresponds to `torch.equal`: one Python `bool` for the whole array. Both return
`False`, without raising, when the shapes differ, even if the values would broadcast. Neither
looks at the dtype: an `int64` array and a `float64` array holding the same numbers are equal on
both sides. Unlike NumPy, `torch.equal` accepts only tensors, not lists.
"""
# /// pair
# title = "Whole-array equality: np.array_equal and torch.equal"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.array_equal(a, np.array([1.0, 2.0, 3.0]))"
# torch_call = "torch.equal(a, torch.tensor([1.0, 2.0, 3.0]))"
# ///
import numpy as np

a = np.array([1, 2, 3])
result = {
    "same": np.array_equal(a, np.array([1, 2, 3])),
    "other_shape": np.array_equal(a, np.array([[1, 2, 3]])),
    "other_dtype": np.array_equal(a, np.array([1.0, 2.0, 3.0])),
    "other_value": np.array_equal(a, np.array([1, 2, 4])),
}
print(result)
