"""`np.kron` and `np.trace` have same-named PyTorch functions. `torch.trace` is for 2-D input only
(it also works on non-square matrices, summing the main diagonal); NumPy's also sums diagonals of
higher-dimensional arrays, for which PyTorch needs `torch.diagonal(x, dim1=0, dim2=1).sum(-1)`.
"""
# /// pair
# title = "Kronecker product and trace"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.kron(a, b)"
# torch_call = "torch.kron(a, b)"
# ///
import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[0, 1], [1, 0]])
wide = np.arange(12).reshape(3, 4)
result = {"kron": np.kron(a, b), "trace": np.trace(wide)}
print(result)
