import torch
from torch import distributions as D

torch.manual_seed(0)
n = 200_000
f64 = torch.float64


def stats(x):
    return x.mean(), x.std()


def noncentral_chisquare(df, nonc, size):
    j = torch.poisson(torch.full((size,), nonc / 2, dtype=f64))
    return D.Chi2(df + 2 * j).sample()


def noncentral_f(dfnum, dfden, nonc, size):
    denominator = D.Chi2(torch.tensor(dfden, dtype=f64)).sample((size,)) / dfden
    return noncentral_chisquare(dfnum, nonc, size) / dfnum / denominator


result = {
    "noncentral_chisquare": stats(noncentral_chisquare(3.0, 2.0, n)),
    "noncentral_f": stats(noncentral_f(3.0, 20.0, 2.0, n)),
}
print(result)
