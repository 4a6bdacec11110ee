import torch

a = torch.tensor([1, 2, 4])
e = torch.tensor([-1, 2, -2])
result = {"scalar": a.to(torch.float64) ** -1, "array": torch.pow(a.to(torch.float64), e)}
print(result)
