import numpy as np
import torch

a = np.arange(5)
result = torch.tensor(a[::-1])
print(result)
