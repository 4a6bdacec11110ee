import numpy as np
import torch

result = torch.zeros(3, dtype=np.float32)
print(result)
