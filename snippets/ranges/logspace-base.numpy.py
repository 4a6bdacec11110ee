"""Both libraries take the base as `base=`: base 2 from exponent -2 to 3 gives the powers of two
from `2**-2` to `2**3`.
"""
# /// pair
# title = "logspace with another base"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.logspace(-2, 3, 6, base=2)"
# torch_call = "torch.logspace(-2, 3, 6, base=2, dtype=torch.float64)"
# ///
import numpy as np

result = np.logspace(-2, 3, 6, base=2)
print(result)
