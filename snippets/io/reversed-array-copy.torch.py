import numpy as np
import torch

a = np.arange(5)
r = a[::-1]
print(r.strides)
result = torch.from_numpy(np.ascontiguousarray(r))
print(result.stride())
print(result)
