import torch

m = torch.tensor([[4, 1, 7], [9, 2, 3]])
flat = torch.argmax(m)
row, col = flat // m.shape[1], flat % m.shape[1]
print(flat, row, col)
result = (flat, row, col)
