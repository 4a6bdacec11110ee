"""The legacy `np.random` samplers of the gamma family map to `torch.distributions`. Watch the
parameters: `np.random.gamma(shape, scale)` is `Gamma(concentration=shape, rate=1 / scale)`, and
`np.random.standard_gamma(shape)` has rate 1. `beta`, `chisquare`, `f` and `standard_t` are `Beta`,
`Chi2`, `FisherSnedecor` and `StudentT`. `np.random.power(a)` has no distribution class; it is
`Beta(a, 1)`, or `torch.rand(n) ** (1 / a)` by inverting its CDF. Pass float64 tensors as parameters
to get float64 samples.
The libraries draw different streams, so the pair compares the mean and standard deviation of
200,000 draws of each, within 3 % (`rtol = 0.03`, `atol = 0.02`), which covers the sampling error.
"""
# /// pair
# title = "Gamma, beta and related draws: gamma, beta, chisquare, f, standard_t, power"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 16
# numpy_call = "np.random.gamma(2.0, 3.0, n)"
# torch_call = "D.Gamma(torch.tensor(2.0), rate=torch.tensor(1 / 3.0)).sample((n,))"
# ///
import numpy as np

np.random.seed(0)
n = 200_000


def stats(x):
    return x.mean(), x.std()


result = {
    "gamma": stats(np.random.gamma(2.0, 3.0, n)),
    "standard_gamma": stats(np.random.standard_gamma(2.5, n)),
    "beta": stats(np.random.beta(2.0, 5.0, n)),
    "chisquare": stats(np.random.chisquare(4.0, n)),
    "f": stats(np.random.f(5.0, 12.0, n)),
    "standard_t": stats(np.random.standard_t(10.0, n)),
    "power": stats(np.random.power(3.0, n)),
}
print(result)
