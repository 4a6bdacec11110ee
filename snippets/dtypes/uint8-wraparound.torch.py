import torch

a = torch.tensor([250, 5, 128], dtype=torch.uint8)
b = torch.tensor([10, 10, 128], dtype=torch.uint8)
total = a + b
difference = a - b
print(total, difference)
result = (total, difference)
