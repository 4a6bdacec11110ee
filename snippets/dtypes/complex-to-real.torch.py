import warnings

import torch

z = torch.tensor([1 + 2j, 3 - 4j], dtype=torch.complex128)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = z.to(torch.float64)
print(result)
print([w.category.__name__ for w in caught])
