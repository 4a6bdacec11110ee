import numpy as np
import torch

a = np.array([1, 256, 65535], dtype=">i4")
for convert in (torch.tensor, torch.as_tensor):
    try:
        convert(a)
    except ValueError as error:
        print(convert.__name__, "ValueError")
result = torch.from_numpy(a) * 2
print(result)
