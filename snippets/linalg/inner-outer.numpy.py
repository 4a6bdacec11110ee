"""`np.inner` and `np.outer` have PyTorch counterparts of the same names. `inner` contracts the
last axis of both operands, for matrices too. `torch.outer` accepts only 1-D tensors (NumPy's
flattens its inputs first), so flatten explicitly when porting an outer product of matrices.
"""
# /// pair
# title = "inner and outer products"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.outer(u, v)"
# torch_call = "torch.outer(u, v)"
# ///
import numpy as np

u = np.array([1.0, 2.0, 3.0])
v = np.array([1.0, 0.0, -1.0])
M = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
result = {"inner": np.inner(u, v), "outer": np.outer(u, v), "inner_matrix": np.inner(M, M)}
print(result)
