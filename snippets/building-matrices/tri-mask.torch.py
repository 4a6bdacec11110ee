import torch

ones_below = torch.ones(3, 4, dtype=torch.float64).tril(1)
causal = torch.ones(4, 4, dtype=torch.bool).tril()
print(ones_below)
print(causal)
result = (ones_below, causal)
