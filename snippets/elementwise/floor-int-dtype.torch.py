import torch

a = torch.tensor([-3, 0, 7])
result = {"floor": torch.floor(a), "ceil": torch.ceil(a), "trunc": torch.trunc(a), "round": torch.round(a)}
print(result)
