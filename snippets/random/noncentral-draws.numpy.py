"""PyTorch has no noncentral distributions, but both are mixtures of central ones. A noncentral
chi-square with `df` degrees of freedom and noncentrality `nonc` is a central chi-square with
`df + 2 J` degrees of freedom, where `J` is Poisson with mean `nonc / 2`: draw `J` with
`torch.poisson`, then `Chi2(df + 2 * J).sample()`. A noncentral F is a noncentral chi-square over
`dfnum`, divided by a central chi-square over `dfden`.
The libraries draw different streams, so the pair compares the mean and standard deviation of
200,000 draws of each, within 3 % (`rtol = 0.03`, `atol = 0.02`), which covers the sampling error.
"""
# /// pair
# title = "Noncentral chi-square and F draws"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 22
# numpy_call = "np.random.noncentral_chisquare(3.0, 2.0, n)"
# torch_call = "D.Chi2(3.0 + 2 * torch.poisson(torch.full((n,), 2.0 / 2))).sample()"
# ///
import numpy as np

np.random.seed(0)
n = 200_000


def stats(x):
    return x.mean(), x.std()


result = {
    "noncentral_chisquare": stats(np.random.noncentral_chisquare(3.0, 2.0, n)),
    "noncentral_f": stats(np.random.noncentral_f(3.0, 20.0, 2.0, n)),
}
print(result)
