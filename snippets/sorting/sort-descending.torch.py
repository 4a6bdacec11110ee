import torch

a = torch.tensor([5, 2, 9, 1, 7])
descending = torch.sort(a, descending=True).values
flipped = torch.flip(torch.sort(a).values, dims=[0])
print(descending)
result = (descending, flipped)
