import numpy as np
import torch

rng = np.random.default_rng(0)
result = torch.from_numpy(rng.random(4))
print(result)
