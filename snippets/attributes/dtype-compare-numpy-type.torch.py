import numpy as np
import torch

t = torch.zeros(3, dtype=torch.float32)
print(t.dtype == np.dtype("float32"), t.dtype == "float32")
result = bool(t.dtype == np.float32)
print(t.dtype, result)
