import torch

x = torch.tensor([1, 2, 3])
default = torch.vander(x)
four_columns = torch.vander(x, N=4)
increasing = torch.vander(x, increasing=True)
print(default)
print(four_columns)
result = (default, four_columns, increasing)
