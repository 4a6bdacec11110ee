import torch

torch.manual_seed(0)
picks = torch.multinomial(torch.ones(10), 4)
print(picks)
result = {"distinct": len(torch.unique(picks)), "in_range": bool(torch.all((picks >= 0) & (picks < 10)))}
