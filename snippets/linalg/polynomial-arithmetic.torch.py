import torch
import torch.nn.functional as F

f64 = torch.float64
p = torch.tensor([3.0, 0.0, -2.0, 1.0], dtype=f64)
q = torch.tensor([1.0, 4.0], dtype=f64)
x = torch.tensor([-1.0, 0.0, 2.0], dtype=f64)


def polyval(p, x):
    y = torch.zeros_like(x)
    for c in p:
        y = y * x + c
    return y


def front_pad(a, n):
    return F.pad(a, (n - len(a), 0))


def polymul(a, b):
    i = torch.arange(len(a))[:, None] + torch.arange(len(b))[None, :]
    out = torch.zeros(len(a) + len(b) - 1, dtype=a.dtype)
    return out.index_add_(0, i.flatten(), (a[:, None] * b[None, :]).flatten())


n = max(len(p), len(q))
powers = torch.arange(len(p), 0, -1, dtype=f64)
result = {
    "polyval": polyval(p, x),
    "polyadd": front_pad(p, n) + front_pad(q, n),
    "polysub": front_pad(q, n) - front_pad(p, n),
    "polymul": polymul(p, q),
    "polyder": p[:-1] * powers[1:],
    "polyint": torch.cat([p / powers, torch.zeros(1, dtype=f64)]),
}
print(result)
