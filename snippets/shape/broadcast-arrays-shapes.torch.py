import torch

col = torch.tensor([[1], [2]])
row = torch.tensor([10, 20, 30])
a, b = torch.broadcast_tensors(col, row)
result = {"a": a, "b": b, "shape": tuple(torch.broadcast_shapes((2, 1), (3,), (1, 3)))}
print(result)
