import torch


def interp(x, xp, fp):
    x = x.clamp(xp[0], xp[-1])
    i = torch.searchsorted(xp, x, right=True).clamp(1, len(xp) - 1)
    slope = (fp[i] - fp[i - 1]) / (xp[i] - xp[i - 1])
    return fp[i - 1] + slope * (x - xp[i - 1])


xp = torch.tensor([0.0, 1.0, 3.0, 4.0], dtype=torch.float64)
fp = torch.tensor([0.0, 10.0, 20.0, 0.0], dtype=torch.float64)
x = torch.tensor([-1.0, 0.5, 1.0, 2.5, 3.9, 9.0], dtype=torch.float64)
result = interp(x, xp, fp)
print(result)
