import torch

data = [[1, 2], [3, 4]]
first = torch.as_tensor(data, dtype=torch.float32)
second = torch.asarray(data, dtype=torch.float32)
print(first.dtype, second.dtype)
result = (first, second)
