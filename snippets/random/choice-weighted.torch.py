import torch

torch.manual_seed(0)
p = torch.tensor([0.2, 0.5, 0.3], dtype=torch.float64)
draws = torch.multinomial(p, 100_000, replacement=True)
result = torch.bincount(draws, minlength=3).double() / draws.numel()
print(draws[:10], result)
