"""`np.linalg.solve(A, b)` maps to `torch.linalg.solve(A, b)`; both solve `A x = b` without
forming the inverse. A 1-D `b` is one right-hand side and gives a 1-D solution, and a 2-D `b`
holds one right-hand side per column.
"""
# /// pair
# title = "Solving a linear system"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.linalg.solve(A, b)"
# torch_call = "torch.linalg.solve(A, b)"
# ///
import numpy as np

A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([9.0, 8.0])
B = np.array([[9.0, 1.0], [8.0, 0.0]])
x = np.linalg.solve(A, b)
print(x, np.allclose(A @ x, b))
result = (x, np.linalg.solve(A, B))
