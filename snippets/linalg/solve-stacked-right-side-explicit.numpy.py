"""Giving the right-hand side explicit matrix dimensions removes the ambiguity in both libraries. For
one vector per matrix, add a trailing axis (`b[..., None]`, `b.unsqueeze(-1)`) and remove it from
the solution. For one matrix shared by the whole stack, broadcast it to the stack's shape in
PyTorch (`b.expand(len(A), -1, -1)`), which is how NumPy 2 reads the plain `b`.
"""
# /// pair
# title = "Batched solve: make the right-hand side's meaning explicit"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.linalg.solve(A, b[..., None])[..., 0]"
# torch_call = "torch.linalg.solve(A, b.unsqueeze(-1)).squeeze(-1)"
# ///
import numpy as np

A = np.array([[[3.0, 1.0], [1.0, 2.0]], [[2.0, 0.0], [0.0, 4.0]]])
b = np.array([[9.0, 8.0], [2.0, 8.0]])
result = {
    "vector per matrix": np.linalg.solve(A, b[..., None])[..., 0],
    "shared matrix": np.linalg.solve(A, b),
}
print(result)
