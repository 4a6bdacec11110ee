import torch

torch.manual_seed(0)
p = torch.tensor([0.2, 0.5, 0.3])
draws = torch.multinomial(p, 100_000, replacement=True)
result = torch.bincount(draws, minlength=3) / draws.numel()
print(draws[:10], result)
