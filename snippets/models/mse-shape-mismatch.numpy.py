"""A model that outputs a column `(n, 1)` compared with targets of shape `(n,)` is a classic bug:
the subtraction broadcasts to an `(n, n)` matrix and the "loss" averages every prediction
against every target. Here every prediction equals its target, yet the loss is 4/3. NumPy
computes that silently; `F.mse_loss` computes the same wrong number and only adds a
`UserWarning` about the sizes. Squeeze the column (`pred.squeeze(1)`) in both.
"""
# /// pair
# title = "MSE with a (n, 1) prediction and (n,) targets broadcasts in both"
# expect = "equal"
# order = 16
# numpy_call = "np.mean((pred - target) ** 2)"
# torch_call = "F.mse_loss(pred, target)"
# ///
import numpy as np

pred = np.array([[1.0], [2.0], [3.0]])
target = np.array([1.0, 2.0, 3.0])
print((pred - target).shape)
result = np.mean((pred - target) ** 2)
print(result)
