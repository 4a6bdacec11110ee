"""`np.random.standard_cauchy` is `torch.distributions.Cauchy(0, 1)` (or `Tensor.cauchy_()`); the
Cauchy distribution has no mean, so the pair compares its quartiles (`np.quantile` and
`torch.quantile`). `np.random.vonmises(mu, kappa)` is `VonMises(mu, kappa)`. PyTorch has no
triangular or Wald (inverse Gaussian) sampler: the triangular one inverts its CDF, piecewise on
either side of the mode; the Wald one is the transformation of Michael, Schucany and Haas (1976),
the method NumPy itself uses: a squared normal draw, a root, and a uniform draw choosing between
`x` and `mean**2 / x`. Means and standard deviations are compared within `rtol = 0.03`,
`atol = 0.02`.
"""
# /// pair
# title = "Less common continuous draws: standard_cauchy, vonmises, triangular, wald"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 21
# numpy_call = "np.random.standard_cauchy(n)"
# torch_call = "torch.empty(n).cauchy_()"
# ///
import numpy as np

np.random.seed(0)
n = 200_000


def stats(x):
    return x.mean(), x.std()


result = {
    "standard_cauchy": np.quantile(np.random.standard_cauchy(n), [0.25, 0.5, 0.75]),
    "vonmises": stats(np.random.vonmises(0.5, 4.0, n)),
    "triangular": stats(np.random.triangular(0.0, 1.0, 3.0, n)),
    "wald": stats(np.random.wald(1.0, 3.0, n)),
}
print(result)
