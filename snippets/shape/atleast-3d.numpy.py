"""`atleast_3d` does not simply add axes in front: a vector of length n becomes `(1, n, 1)` and a
matrix `(m, n)` becomes `(m, n, 1)`. `torch.atleast_3d` places the new axes the same way.
"""
# /// pair
# title = "At least three dimensions: atleast_3d"
# expect = "equal"
# same_dtype = true
# order = 25
# numpy_call = "np.atleast_3d(x)"
# torch_call = "torch.atleast_3d(x)"
# ///
import numpy as np

inputs = [np.array(5), np.arange(3), np.zeros((2, 4))]
x = inputs[0]
result = [np.atleast_3d(x) for x in inputs]
print([r.shape for r in result])
