import numpy as np
import torch

a = np.array([1, 2, 65535], dtype=np.uint16)
t = torch.from_numpy(a)
result = (t.to(torch.int32) + 1).to(torch.uint16)
print(result, result.dtype)
