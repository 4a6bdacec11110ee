import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[0, 1], [1, 0]])
wide = torch.arange(12).reshape(3, 4)
result = {"kron": torch.kron(a, b), "trace": torch.trace(wide)}
print(result)
