"""`np.geomspace` takes the end values themselves rather than their exponents. PyTorch has no
`geomspace`; pass the base-10 logarithms of the ends to `torch.logspace`. The ends come back
through `10 ** log10(x)`, so they may differ from the inputs in the last bit, where NumPy sets them
exactly.
"""
# /// pair
# title = "Geometric sequences: np.geomspace via torch.logspace"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.geomspace(2, 512, 5)"
# torch_call = "torch.logspace(math.log10(2), math.log10(512), 5, dtype=torch.float64)"
# ///
import numpy as np

result = np.geomspace(2, 512, 5)
print(result)
