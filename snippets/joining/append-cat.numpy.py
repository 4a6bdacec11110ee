"""`torch.cat` with the values as a tensor appends them. Mind `np.append`'s axis rule: without `axis`
it flattens both inputs first (a 2×2 matrix plus one value gives 5 elements), so the translation
flattens too; with `axis` it concatenates along that axis like `torch.cat(..., dim)`.
"""
# /// pair
# title = "Appending: torch.cat, flattening where np.append does"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.append(a, [4, 5])"
# torch_call = "torch.cat([t, torch.tensor([4, 5])])"
# ///
import numpy as np

a = np.array([1, 2, 3])
m = np.array([[1, 2], [3, 4]])
result = (np.append(a, [4, 5]), np.append(m, [7]), np.append(m, [[5, 6]], axis=0))
print(result)
