import torch

f64 = torch.float64


def polyfit(x, y, deg):
    V = torch.linalg.vander(x, N=deg + 1).flip(1)
    return torch.linalg.lstsq(V, y.unsqueeze(1)).solution.squeeze(1)


def roots(p):
    n = len(p) - 1
    companion = torch.diag(torch.ones(n - 1, dtype=p.dtype), -1)
    companion[0] = -p[1:] / p[0]
    return torch.linalg.eigvals(companion)


def poly(r):
    c = torch.ones(1, dtype=r.dtype)
    zero = torch.zeros(1, dtype=r.dtype)
    for root in r:
        c = torch.cat([c, zero]) - root * torch.cat([zero, c])
    return c


def polydiv(u, v):
    u = u.clone()
    n = len(u) - len(v) + 1
    q = torch.zeros(n, dtype=u.dtype)
    for k in range(n):
        q[k] = u[k] / v[0]
        u[k : k + len(v)] -= q[k] * v
    r = u[n:]
    while len(r) > 1 and torch.isclose(r[0], torch.zeros((), dtype=r.dtype)):
        r = r[1:]
    return q, r


x = torch.linspace(-1.0, 1.0, 9, dtype=f64)
y = 2 * x**2 - x + 0.5 + 0.01 * torch.cos(7 * x)
r = roots(torch.tensor([1.0, -6.0, 11.0, -6.0], dtype=f64))
u = torch.tensor([1.0, 2.0, 3.0], dtype=f64)
quotient, remainder = polydiv(u, torch.tensor([2.0, 1.0], dtype=f64))
result = {
    "polyfit": polyfit(x, y, 2),
    "roots": torch.sort(r.real).values,
    "roots_imag": r.imag.abs().max(),
    "poly": poly(u),
    "quotient": quotient,
    "remainder": remainder,
}
print(result)
