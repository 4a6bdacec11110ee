"""PyTorch has no `append` or `insert`; each is one `torch.cat`. `np.append(a, v)` without an axis
flattens both inputs first (a 2×2 matrix plus two values gives 6 elements), so the translation
flattens too: `torch.cat([a.flatten(), v])`; with an axis it is `torch.cat` along that axis.
`np.insert(a, i, values)` is a concatenation of the two halves around `i`. Both copy, on both
sides. For `np.delete`, see [deleting positions](indexing.md#delete-mask).
"""
# /// pair
# title = "Growing: np.append and np.insert with torch.cat"
# expect = "equal"
# same_dtype = true
# order = 28
# old_ids = ["joining/append-insert-delete", "joining/append-cat"]
# numpy_call = "np.append(a, [5, 6])"
# torch_call = "torch.cat([a.flatten(), torch.tensor([5, 6])])"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
v = np.array([1, 2, 3, 4, 5])
result = {
    "append_flat": np.append(a, [5, 6]),
    "append_axis0": np.append(a, [[5, 6]], axis=0),
    "append_vector": np.append(v, [6, 7]),
    "insert": np.insert(v, 1, [9, 8]),
}
print(result)
