"""NumPy's legacy polynomial functions work on coefficient arrays, highest power first. PyTorch has
no polynomial module, but each function is a few tensor operations: `polyval` is Horner's rule;
`polyadd` and `polysub` pad the shorter array at the *front*; `polymul` is the full convolution of
the coefficients (sum the outer product along its anti-diagonals with `index_add_`); `polyder`
multiplies by the falling powers and `polyint` divides by them and appends the constant 0.
"""
# /// pair
# title = "Polynomial arithmetic: polyval, polyadd, polymul, polyder, polyint"
# expect = "equal"
# same_dtype = true
# order = 35
# numpy_call = "np.polyval(p, x)"
# torch_call = "polyval(p, x)  # Horner: y = y * x + c for each c"
# ///
import numpy as np

p = np.array([3.0, 0.0, -2.0, 1.0])
q = np.array([1.0, 4.0])
x = np.array([-1.0, 0.0, 2.0])
result = {
    "polyval": np.polyval(p, x),
    "polyadd": np.polyadd(p, q),
    "polysub": np.polysub(q, p),
    "polymul": np.polymul(p, q),
    "polyder": np.polyder(p),
    "polyint": np.polyint(p),
}
print(result)
