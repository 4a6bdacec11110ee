import numpy as np
import torch

a = np.arange(5.0)
reversed_view = a[::-1]
print(reversed_view.strides)
result = torch.tensor(reversed_view)
print(result)
