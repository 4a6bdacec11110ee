import torch

surname = torch.tensor([2, 1, 2, 1, 3])
first = torch.tensor([5, 9, 1, 4, 0])
order = torch.argsort(first, stable=True)
result = order[torch.argsort(surname[order], stable=True)]
print(result)
