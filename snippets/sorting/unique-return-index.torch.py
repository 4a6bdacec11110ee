import torch

a = torch.tensor([4, 2, 4, 1, 2, 9])
values, first = torch.unique(a, return_index=True)
print(values, first)
result = (values, first)
