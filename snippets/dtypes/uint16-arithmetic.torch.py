import numpy as np
import torch

a = np.array([1, 2, 65535], dtype=np.uint16)
t = torch.from_numpy(a)
print(t.dtype, t == 2)
print(t * 2)
for dtype in (torch.uint16, torch.uint32, torch.uint64):
    u = t.to(dtype)
    for name, operation in [("-", lambda: u - u), ("//", lambda: u // 2), ("max", u.max)]:
        try:
            operation()
        except NotImplementedError:
            print(dtype, name, "NotImplementedError")
result = t + 1
print(result)
