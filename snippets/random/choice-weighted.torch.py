import torch

torch.manual_seed(0)
n = 100_000
p = torch.tensor([0.2, 0.5, 0.3], dtype=torch.float64)
draws = torch.multinomial(p, n, replacement=True)
result = torch.bincount(draws, minlength=3).double() / draws.numel()
print(draws[:10], result)
