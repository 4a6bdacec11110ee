import warnings

import torch

t = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = t.detach().clone()
copy[0] = 100.0
result = {"original": t, "copy": copy, "warnings": [w.category.__name__ for w in caught]}
print(result)
