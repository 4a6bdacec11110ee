"""NumPy has no `erf` (the NumPy side checks), so NumPy code tends to write GELU with the tanh
approximation `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))`. `F.gelu` computes the exact form,
`0.5 x (1 + erf(x / √2))`, by default (the PyTorch side checks that too). The two differ by up to
about {{models/gelu-tanh-approximation max_abs_diff:.1g}} on these points: small, but far outside a
tight comparison of a port. Ask for the approximation, as in
[the faithful translation](#gelu-approximate-tanh).
"""
# /// pair
# title = "GELU: NumPy code's tanh formula is not F.gelu's default"
# expect = "differs"
# difference = "F.gelu computes the exact erf form by default, not the tanh approximation"
# see = ["models/gelu-approximate-tanh"]
# fix = "models/gelu-approximate-tanh"
# order = 10
# numpy_call = "0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))"
# torch_call = "F.gelu(x)"
# ///
import numpy as np

x = np.linspace(-3, 3, 7)
print(hasattr(np, "erf"))
result = 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))
print(result)
