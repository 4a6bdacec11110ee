import torch

a = torch.tensor([7, 2, 9, 4, 1, 8])
k = 3
smallest = torch.topk(a, k, largest=False).values
largest = torch.topk(a, k).values
print(smallest, largest)
result = (smallest, largest)
