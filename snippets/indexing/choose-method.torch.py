import torch

idx = torch.tensor([0, 2, 1, 0])
choices = [
    torch.tensor([1, 2, 3, 4]),
    torch.tensor([10, 20, 30, 40]),
    torch.tensor([100, 200, 300, 400]),
]
result = torch.gather(torch.stack(choices), 0, idx.unsqueeze(0)).squeeze(0)
print(result)
