import torch

x = torch.tensor([[0, 1, 7, 0], [3, 0, 2, 19]])
result = {"all": torch.count_nonzero(x), "axis0": torch.count_nonzero(x, dim=0)}
print(result)
