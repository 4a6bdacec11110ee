import numpy as np
import torch

rng = np.random.default_rng(0)
W = torch.from_numpy(rng.standard_normal((3, 2)))
x = torch.from_numpy(rng.random((4, 3)))
result = torch.tanh(x @ W)
print(W.dtype)
print(result)
