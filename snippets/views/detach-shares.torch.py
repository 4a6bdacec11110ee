import torch

w = torch.ones(3, requires_grad=True)
d = w.detach()
d[0] = 5.0
result = w
print(result)
