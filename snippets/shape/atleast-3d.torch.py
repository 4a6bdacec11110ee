import torch

inputs = [torch.tensor(5), torch.arange(3), torch.zeros(2, 4, dtype=torch.float64)]
x = inputs[0]
result = [torch.atleast_3d(x) for x in inputs]
print([r.shape for r in result])
