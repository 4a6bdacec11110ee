import torch

w = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
result = w.numpy()
print(result)
