import torch
import torch.nn.functional as F

z = torch.tensor([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]], dtype=torch.float64)
batch = torch.tensor(
    [[[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]], [[2.0, 2.0, 1.0], [1.5, 0.5, -0.5]]], dtype=torch.float64
)
result = (F.softmax(z, dim=-1), F.softmax(batch, dim=-1))
print(result)
