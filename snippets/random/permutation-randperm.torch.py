import torch

torch.manual_seed(0)
order = torch.randperm(6)
x = torch.tensor([10, 20, 30, 40, 50])
shuffled = x[torch.randperm(len(x))]
print(order, shuffled)
result = (torch.sort(order).values, torch.sort(shuffled).values)
