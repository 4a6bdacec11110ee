"""PyTorch has no `union1d`, `intersect1d` or `setdiff1d`. They are built from `torch.unique`,
`torch.cat` and `torch.isin`: the union is the unique values of both inputs together, the
intersection and the difference are the unique elements of `a` that are, or are not, in `b`. All
three come out sorted, as in NumPy.
"""
# /// pair
# title = "Set operations: union, intersection, difference"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.intersect1d(a, b)"
# torch_call = "torch.unique(a[torch.isin(a, b)])"
# ///
import numpy as np

a = np.array([5, 1, 3, 3, 7])
b = np.array([3, 8, 1, 1])
result = {
    "union": np.union1d(a, b),
    "intersection": np.intersect1d(a, b),
    "difference": np.setdiff1d(a, b),
}
print(result)
