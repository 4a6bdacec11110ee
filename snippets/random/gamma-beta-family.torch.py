import torch
from torch import distributions as D

torch.manual_seed(0)
n = 200_000


def p(v):
    return torch.tensor(v, dtype=torch.float64)


def stats(x):
    return x.mean(), x.std()


result = {
    "gamma": stats(D.Gamma(p(2.0), rate=p(1 / 3.0)).sample((n,))),
    "standard_gamma": stats(D.Gamma(p(2.5), p(1.0)).sample((n,))),
    "beta": stats(D.Beta(p(2.0), p(5.0)).sample((n,))),
    "chisquare": stats(D.Chi2(p(4.0)).sample((n,))),
    "f": stats(D.FisherSnedecor(p(5.0), p(12.0)).sample((n,))),
    "standard_t": stats(D.StudentT(p(10.0)).sample((n,))),
    "power": stats(torch.rand(n, dtype=torch.float64) ** (1 / 3.0)),
}
print(result)
