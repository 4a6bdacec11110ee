import math

import torch


def unwrap(p):
    dd = torch.diff(p)
    ddmod = torch.remainder(dd + math.pi, 2 * math.pi) - math.pi
    ddmod = torch.where((ddmod == -math.pi) & (dd > 0), math.pi, ddmod)
    correction = torch.where(dd.abs() < math.pi, 0.0, ddmod - dd)
    return torch.cat([p[:1], p[1:] + torch.cumsum(correction, 0)])


angles = torch.linspace(0.0, 6 * math.pi, 12, dtype=torch.float64)
wrapped = torch.angle(torch.exp(1j * angles))
result = unwrap(wrapped)
print(result)
