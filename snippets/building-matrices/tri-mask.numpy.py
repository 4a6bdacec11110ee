"""`np.tri(n, m, k)` is a matrix of ones at and below diagonal `k`. PyTorch has no `tri`; take
`tril` of a matrix of ones. With `dtype=bool` this is the causal mask of sequence models, and
`torch.tril` accepts boolean tensors.
"""
# /// pair
# title = "Triangular masks: np.tri and ones(...).tril()"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.tri(3, 4, k=1)"
# torch_call = "torch.ones(3, 4, dtype=torch.float64).tril(1)"
# ///
import numpy as np

ones_below = np.tri(3, 4, k=1)
causal = np.tri(4, dtype=bool)
print(ones_below)
print(causal)
result = (ones_below, causal)
