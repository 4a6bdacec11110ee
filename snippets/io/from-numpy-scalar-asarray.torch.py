import numpy as np
import torch

a = np.array([0.5, 1.25, 2.0])
result = torch.from_numpy(np.asarray(a.sum()))
assert torch.equal(result, torch.tensor(a.sum()))
print(result.shape, result)
