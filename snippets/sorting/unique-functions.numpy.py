"""NumPy 2.0 added `np.unique_values`, `np.unique_counts` and `np.unique_inverse` (the last two
return named tuples) in place of `np.unique`'s flags; all three are `torch.unique`, with
`return_counts=True` or `return_inverse=True`, and the inverse has the input's shape on both sides.
One trap: since NumPy 2.3, `np.unique_values` no longer sorts (it hashes, here giving `[2 1 3]`),
while `torch.unique` returns sorted values; sort NumPy's result if the order matters, as this pair
does. `unique_counts` and `unique_inverse` currently still sort, but their documentation says this may
change.
"""
# /// pair
# title = "Array-API unique functions: unique_values, unique_counts, unique_inverse"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 32
# numpy_call = "np.unique_counts(x)"
# torch_call = "torch.unique(x, return_counts=True)"
# ///
import numpy as np

x = np.array([[3, 1, 2], [1, 3, 3]])
print(np.unique_values(x))
counts = np.unique_counts(x)
inverse = np.unique_inverse(x)
result = {
    "values": np.sort(np.unique_values(x)),
    "counts": (counts.values, counts.counts),
    "inverse": (inverse.values, inverse.inverse_indices),
}
print(result)
