"""Each has a PyTorch form, some with a changed parameter:

- `np.random.exponential(scale)` is `torch.empty(n).exponential_(1 / scale)`: PyTorch takes the
  *rate*. `standard_exponential` is rate 1.
- `laplace`, `gumbel` and `weibull(a)` are `Laplace`, `Gumbel` and `Weibull(scale=1, concentration=a)`
  in `torch.distributions`.
- `lognormal(mean, sigma)` is `torch.empty(n).log_normal_(mean, sigma)` (or `LogNormal`).
- `logistic(loc, scale)` has no class; invert its CDF: `loc + scale * torch.logit(torch.rand(n))`.
- `rayleigh(scale)` is a Weibull with concentration 2 and scale `scale * sqrt(2)`.
- `np.random.pareto(a)` is the Lomax (Pareto II) distribution, starting at 0: it is
  `Pareto(scale=1, alpha=a).sample() - 1`, since `torch.distributions.Pareto` starts at `scale`.

The libraries draw different streams, so the pair compares the mean and standard deviation of
200,000 draws of each, within 3 % (`rtol = 0.03`, `atol = 0.02`), which covers the sampling error.
"""
# /// pair
# title = "Exponential-type draws: exponential, laplace, gumbel, weibull, pareto"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 17
# numpy_call = "np.random.exponential(2.0, n)"
# torch_call = "torch.empty(n, dtype=torch.float64).exponential_(1 / 2.0)"
# ///
import numpy as np

np.random.seed(0)
n = 200_000


def stats(x):
    return x.mean(), x.std()


result = {
    "exponential": stats(np.random.exponential(2.0, n)),
    "standard_exponential": stats(np.random.standard_exponential(n)),
    "laplace": stats(np.random.laplace(1.0, 2.0, n)),
    "gumbel": stats(np.random.gumbel(0.0, 2.0, n)),
    "logistic": stats(np.random.logistic(1.0, 0.5, n)),
    "lognormal": stats(np.random.lognormal(0.0, 0.5, n)),
    "weibull": stats(np.random.weibull(1.5, n)),
    "rayleigh": stats(np.random.rayleigh(2.0, n)),
    "pareto": stats(np.random.pareto(5.0, n)),
}
print(result)
