import torch

y = torch.tensor([1.0, 2.0, 4.0, 7.0, 11.0], dtype=torch.float64)
x = torch.tensor([0.0, 1.0, 3.0, 4.0, 6.0], dtype=torch.float64)
result = (torch.gradient(y, spacing=0.5)[0], torch.gradient(y, spacing=(x,))[0])
print(result)
