"""`np.random.poisson(lam, n)` is `torch.poisson(torch.full((n,), lam))` and
`np.random.binomial(k, p, n)` is `torch.binomial(count, prob)` with tensors of counts and
probabilities (both return floats). Two conventions are crossed:

- `np.random.negative_binomial(k, p)` counts failures before the `k`-th success, where
  `torch.distributions.NegativeBinomial(k, probs)` counts successes before the `k`-th failure; pass
  `probs=1 - p`.
- `np.random.geometric(p)` counts trials up to the first success (1, 2, ...), as does
  `Tensor.geometric_(p)`; `torch.distributions.Geometric` counts failures (0, 1, ...).

PyTorch has no hypergeometric sampler: draw `nsample` items without replacement from a shuffled
population, here with `torch.rand(...).argsort(dim=1)`, and count the good ones.
The libraries draw different streams, so the pair compares the mean and standard deviation of
200,000 draws of each, within 3 % (`rtol = 0.03`, `atol = 0.02`), which covers the sampling error.
"""
# /// pair
# title = "Counting draws: poisson, binomial, geometric, hypergeometric"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 18
# numpy_call = "np.random.poisson(4.0, n)"
# torch_call = "torch.poisson(torch.full((n,), 4.0))"
# ///
import numpy as np

np.random.seed(0)
n = 200_000


def stats(x):
    return x.mean(), x.std()


result = {
    "poisson": stats(np.random.poisson(4.0, n)),
    "binomial": stats(np.random.binomial(10, 0.3, n)),
    "negative_binomial": stats(np.random.negative_binomial(5, 0.4, n)),
    "geometric": stats(np.random.geometric(0.25, n)),
    "hypergeometric": stats(np.random.hypergeometric(7, 13, 5, n)),
}
print(result)
