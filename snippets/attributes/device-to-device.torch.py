import torch

a = torch.arange(3)
moved = a.to("cpu")
result = {"device": str(a.device), "moved": moved}
print(result)
