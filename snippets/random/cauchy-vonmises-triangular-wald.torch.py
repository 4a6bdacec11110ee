import torch
from torch import distributions as D

torch.manual_seed(0)
n = 200_000
f64 = torch.float64


def stats(x):
    return x.mean(), x.std()


def triangular(left, mode, right, size):
    u = torch.rand(size, dtype=f64)
    width = right - left
    below = left + torch.sqrt(u * width * (mode - left))
    above = right - torch.sqrt((1 - u) * width * (right - mode))
    return torch.where(u < (mode - left) / width, below, above)


def wald(mean, scale, size):
    y = mean * torch.randn(size, dtype=f64) ** 2
    x = mean + mean / (2 * scale) * (y - torch.sqrt(4 * scale * y + y**2))
    u = torch.rand(size, dtype=f64)
    return torch.where(u <= mean / (mean + x), x, mean**2 / x)


def p(v):
    return torch.tensor(v, dtype=f64)


cauchy = D.Cauchy(p(0.0), p(1.0)).sample((n,))
result = {
    "standard_cauchy": torch.quantile(cauchy, p([0.25, 0.5, 0.75])),
    "vonmises": stats(D.VonMises(p(0.5), p(4.0)).sample((n,))),
    "triangular": stats(triangular(0.0, 1.0, 3.0, n)),
    "wald": stats(wald(1.0, 3.0, n)),
}
print(result)
