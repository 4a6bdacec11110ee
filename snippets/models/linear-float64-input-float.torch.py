import numpy as np
import torch
from torch import nn

x = np.array([[0.1, 0.2, 0.3], [1.5, -0.5, 2.0]])
layer = nn.Linear(3, 2)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[0.5, -1.25, 2.0], [1.0, 0.25, -0.75]]))
    layer.bias.copy_(torch.tensor([0.5, -1.0]))
result = layer(torch.from_numpy(x).float()).detach()
print(result.dtype, result)
