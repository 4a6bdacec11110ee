import numpy as np
import torch

a = np.array([1, 256, 65535], dtype=">i4")
native = a.astype(a.dtype.newbyteorder("="))
result = torch.from_numpy(native) * 2
print(native.dtype, result)
