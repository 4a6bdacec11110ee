import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([10, 20, 30])
buf = torch.zeros(3, dtype=torch.float64)
returned = torch.add(a, b, out=buf)
print(returned is buf)
result = (buf, returned is buf)
print(buf)
