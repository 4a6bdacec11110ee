"""The same expression spelled with PyTorch's named functions: `torch.reciprocal` for `1 / x` and
`torch.div` for a division. Both give the same values as the operator form; the names matter only
when reading code that uses them.
"""
# /// pair
# title = "Logistic sigmoid: reciprocal and division forms"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "1 / (1 + np.exp(-z))"
# torch_call = "torch.reciprocal(torch.add(torch.exp(torch.neg(z)), 1))"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
w = np.array([[-0.16595599], [0.44064899], [-0.99977125]])
z = X @ w
result = 1 / (1 + np.exp(-z))
print(result)
