import torch

torch.manual_seed(0)
draws = torch.multinomial(torch.ones(3), 5)
print(draws)
result = draws.shape
