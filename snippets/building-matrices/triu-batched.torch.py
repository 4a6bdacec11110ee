import torch

stack = torch.arange(1, 19).reshape(2, 3, 3)
result = torch.triu(stack)
print(result)
