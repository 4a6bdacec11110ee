import math

import torch

print(hasattr(torch, "resize"))
a = torch.arange(3)
n = 2 * 4
cyclic = a.flatten().repeat(math.ceil(n / a.numel()))[:n].reshape(2, 4)
b = torch.arange(3)
padded = torch.zeros(2 * 3, dtype=b.dtype)
padded[: b.numel()] = b.flatten()
b = padded.reshape(2, 3)
result = {"function": cyclic, "method": b}
print(result)
