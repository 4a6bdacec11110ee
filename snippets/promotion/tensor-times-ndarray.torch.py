import warnings

import numpy as np
import torch

weights = np.array([0.5, 1.5, 2.5])
x = torch.tensor([1.0, 2.0, 3.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = x * weights
print(type(result).__name__, result, result.dtype)
print([f"{w.category.__name__}: {w.message}" for w in caught])
