import warnings

import torch

t = torch.arange(12).reshape(3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = t[[[0, 1], [1, 2]]]
print(result.shape)
print([w.category.__name__ for w in caught])
print(caught[0].message)
