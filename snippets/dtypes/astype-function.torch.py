import torch

x = torch.tensor([1.7, -1.7, 3.0], dtype=torch.float64)
same = x.to(torch.float64)
result = {"int32": x.to(torch.int32), "no_copy": same is x}
print(result)
