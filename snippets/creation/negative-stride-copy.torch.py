import numpy as np
import torch

a = np.arange(5.0)
result = torch.tensor(a[::-1].copy())
print(result)
print(torch.flip(torch.tensor(a), dims=[0]))
