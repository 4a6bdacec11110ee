import torch

a = torch.tensor([1, 9, 0, 9, 0])
result = (torch.argmax(a), torch.argmin(a))
print(result)
