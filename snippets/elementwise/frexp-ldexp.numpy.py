"""`np.frexp(x)` splits each float into a mantissa in [0.5, 1) and an integer power of two, and
`np.ldexp(m, e)` puts them back together. `torch.frexp` returns the same pair as a named tuple
(`mantissa`, `exponent`), with int32 exponents like NumPy's, and `torch.ldexp` rebuilds the values.
"""
# /// pair
# title = "Mantissa and exponent: frexp and ldexp"
# expect = "equal"
# same_dtype = true
# order = 44
# numpy_call = "np.frexp(x)"
# torch_call = "torch.frexp(x)"
# ///
import numpy as np

x = np.array([0.5, -6.0, 1000.0, 0.0])
mantissa, exponent = np.frexp(x)
result = {
    "mantissa": mantissa,
    "exponent": exponent,
    "ldexp": np.ldexp(mantissa, exponent),
}
print(result)
