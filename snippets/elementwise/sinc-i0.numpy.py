"""`np.sinc` is the normalised sinc, `sin(pi x) / (pi x)` with `sinc(0) = 1`, and so is
`torch.sinc`. `np.i0`, the modified Bessel function of the first kind and order 0, is `torch.i0`
(also `torch.special.i0`). Given integers, `np.i0` returns float64 while `torch.i0` returns float32,
so pass float64 input to keep the precision.
"""
# /// pair
# title = "Special functions: sinc and the Bessel function i0"
# expect = "equal"
# same_dtype = true
# order = 48
# numpy_call = "np.i0(x)"
# torch_call = "torch.i0(x)"
# ///
import numpy as np

x = np.array([0.0, 0.5, 1.0, 2.5])
result = {"sinc": np.sinc(x), "i0": np.i0(x)}
print(result)
