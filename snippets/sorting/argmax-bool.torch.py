import torch

mask = torch.tensor([False, False, True, True])
print(torch.max(mask))
result = torch.argmax(mask)
print(result)
