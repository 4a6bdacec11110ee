import torch
from torch import distributions as D

torch.manual_seed(0)
n = 200_000
f64 = torch.float64


def stats(x):
    x = x.to(f64)
    return x.mean(), x.std()


def hypergeometric(ngood, nbad, nsample, size):
    order = torch.rand(size, ngood + nbad).argsort(dim=1)
    return (order[:, :nsample] < ngood).sum(dim=1)


counts = torch.full((n,), 10.0, dtype=f64)
probs = torch.full((n,), 0.3, dtype=f64)
failures = D.NegativeBinomial(5.0, probs=torch.tensor(1 - 0.4, dtype=f64))
result = {
    "poisson": stats(torch.poisson(torch.full((n,), 4.0, dtype=f64))),
    "binomial": stats(torch.binomial(counts, probs)),
    "negative_binomial": stats(failures.sample((n,))),
    "geometric": stats(torch.empty(n, dtype=f64).geometric_(0.25)),
    "hypergeometric": stats(hypergeometric(7, 13, 5, n)),
}
print(result)
