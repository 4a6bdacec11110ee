import math

import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
w = torch.tensor([[-0.16595599], [0.44064899], [-0.99977125]], dtype=torch.float64)
z = X @ w
result = z.clone()
result.apply_(lambda value: 1 / (1 + math.exp(-value)))
print(result)
