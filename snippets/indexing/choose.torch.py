import torch

c0 = torch.tensor([1, 2, 3, 4])
c1 = torch.tensor([10, 20, 30, 40])
c2 = torch.tensor([100, 200, 300, 400])
idx = torch.tensor([0, 2, 1, 2])
chosen = torch.stack([c0, c1, c2]).gather(0, idx[None])[0]
result = (chosen, chosen)
print(result)
