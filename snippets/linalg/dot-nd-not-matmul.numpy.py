"""For 2-D inputs `np.dot` is the matrix product, and `torch.matmul` (or `@`) is its usual
translation. For more dimensions they part: `np.dot(a, b)` contracts the last axis of `a` with the
second-to-last axis of `b` across all combinations, so two stacks of 2 matrices give a (2, 3, 2, 3)
result; `torch.matmul` multiplies the stacks batch by batch and gives (2, 3, 3). NumPy's own
`np.matmul` behaves like `torch.matmul`. To reproduce `np.dot`, use `torch.tensordot`, as in [the
faithful translation](#dot-nd-tensordot).
"""
# /// pair
# title = "np.dot of 3-D arrays is not torch.matmul"
# expect = "differs"
# difference = "np.dot of N-D arrays pairs every matrix with every matrix; torch.matmul pairs them batch by batch"
# see = ["linalg/dot-nd-tensordot"]
# fix = "linalg/dot-nd-tensordot"
# order = 3
# numpy_call = "np.dot(a, b)"
# torch_call = "torch.matmul(a, b)"
# ///
import numpy as np

a = np.arange(24.0).reshape(2, 3, 4)
b = np.arange(24.0).reshape(2, 4, 3)
result = np.dot(a, b)
print(result.shape, np.matmul(a, b).shape)
