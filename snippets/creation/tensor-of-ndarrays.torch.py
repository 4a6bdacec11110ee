import warnings

import numpy as np
import torch

rows = [np.array([1.5, 2.0]), np.array([3.0, 4.5])]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    values = torch.tensor(rows)
result = {"values": values, "warnings": [w.category.__name__ for w in caught]}
print(result)
print(caught[0].message)
