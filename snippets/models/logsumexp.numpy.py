"""`log(sum(exp(z)))` computed literally overflows for large `z`. Factoring out the maximum gives
the stable form `m + log(sum(exp(z - m)))`. NumPy itself has no `logsumexp` (it lives in SciPy);
PyTorch's `torch.logsumexp(z, dim)` computes the stable form.
"""
# /// pair
# title = "Log-sum-exp: by hand and torch.logsumexp"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "m = z.max(); m + np.log(np.exp(z - m).sum())"
# torch_call = "torch.logsumexp(z, dim=-1)"
# ///
import numpy as np

z = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]])
m = z.max(axis=-1, keepdims=True)
result = (m + np.log(np.exp(z - m).sum(axis=-1, keepdims=True))).squeeze(-1)
print(result)
