"""`np.polyfit(x, y, deg)` is a least-squares fit on the Vandermonde matrix: build it with
`torch.linalg.vander(x, N=deg + 1)` (increasing powers, so flip it) and solve with
`torch.linalg.lstsq`. `np.roots(p)` takes the eigenvalues of the companion matrix, which
`torch.linalg.eigvals` computes too (complex, in an unspecified order: sort before comparing).
`np.poly(r)` multiplies out the factors `(x - r_i)`, and `np.polydiv(u, v)` is long division,
returning the quotient and the remainder with its leading zeros trimmed.
"""
# /// pair
# title = "Fitting and factoring polynomials: polyfit, roots, poly, polydiv"
# expect = "equal"
# same_dtype = true
# order = 36
# numpy_call = "np.polyfit(x, y, 2)"
# torch_call = "torch.linalg.lstsq(torch.linalg.vander(x, N=3).flip(1), y[:, None]).solution"
# ///
import numpy as np

x = np.linspace(-1.0, 1.0, 9)
y = 2 * x**2 - x + 0.5 + 0.01 * np.cos(7 * x)
roots = np.roots(np.array([1.0, -6.0, 11.0, -6.0]))
u = np.array([1.0, 2.0, 3.0])
quotient, remainder = np.polydiv(u, np.array([2.0, 1.0]))
result = {
    "polyfit": np.polyfit(x, y, 2),
    "roots": np.sort(roots.real),
    "roots_imag": np.abs(roots.imag).max(),
    "poly": np.poly(u),
    "quotient": quotient,
    "remainder": remainder,
}
print(result)
