"""`np.tril` and `np.triu` become `torch.tril` and `torch.triu` (also methods: `M.tril()`), with
the offset as the second argument or `diagonal=`. Positive offsets move the cut above the main
diagonal, negative ones below it, for rectangular matrices too.
"""
# /// pair
# title = "Lower and upper triangles: tril and triu"
# expect = "equal"
# same_dtype = true
# order = 11
# numpy_call = "np.tril(M, -1), np.triu(M, k=1)"
# torch_call = "torch.tril(M, -1), torch.triu(M, diagonal=1)"
# ///
import numpy as np

M = np.arange(1, 13).reshape(3, 4)
lower = np.tril(M)
strictly_lower = np.tril(M, -1)
upper = np.triu(M, k=1)
print(strictly_lower)
print(upper)
result = (lower, strictly_lower, upper)
