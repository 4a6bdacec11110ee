"""`np.sign` of NaN is NaN, so missing values stay visible. `torch.sign` of NaN is 0 (and so is
`torch.sgn`): a NaN silently turns into a valid-looking zero. The other values agree, including 0
for both zeros. [The faithful translation](#sign-nan-kept) keeps the NaN.
"""
# /// pair
# title = "sign of NaN: NaN in NumPy, 0 in PyTorch"
# expect = "differs"
# difference = "torch.sign(nan) is 0"
# order = 22
# see = ["elementwise/sign-nan-kept"]
# fix = "elementwise/sign-nan-kept"
# numpy_call = "np.sign(x)"
# torch_call = "torch.sign(x)"
# ///
import numpy as np

x = np.array([-2.0, -0.0, 0.0, 3.0, np.nan])
result = np.sign(x)
print(result)
