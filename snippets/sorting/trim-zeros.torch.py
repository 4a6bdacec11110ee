import torch

x = torch.tensor([0, 0, 4, 0, 2, 0])
nz = x.nonzero().flatten()
result = {"both": x[nz[0] : nz[-1] + 1], "front": x[nz[0] :]}
print(result)
