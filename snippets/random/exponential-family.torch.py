import math

import torch
from torch import distributions as D

torch.manual_seed(0)
n = 200_000
f64 = torch.float64


def p(v):
    return torch.tensor(v, dtype=f64)


def stats(x):
    return x.mean(), x.std()


result = {
    "exponential": stats(torch.empty(n, dtype=f64).exponential_(1 / 2.0)),
    "standard_exponential": stats(torch.empty(n, dtype=f64).exponential_()),
    "laplace": stats(D.Laplace(p(1.0), p(2.0)).sample((n,))),
    "gumbel": stats(D.Gumbel(p(0.0), p(2.0)).sample((n,))),
    "logistic": stats(1.0 + 0.5 * torch.logit(torch.rand(n, dtype=f64))),
    "lognormal": stats(torch.empty(n, dtype=f64).log_normal_(0.0, 0.5)),
    "weibull": stats(D.Weibull(p(1.0), p(1.5)).sample((n,))),
    "rayleigh": stats(D.Weibull(p(2.0 * math.sqrt(2)), p(2.0)).sample((n,))),
    "pareto": stats(D.Pareto(p(1.0), p(5.0)).sample((n,)) - 1),
}
print(result)
