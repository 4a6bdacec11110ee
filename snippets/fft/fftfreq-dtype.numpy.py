"""`torch.fft.fftfreq` and `rfftfreq` compute the same sample frequencies as NumPy, but in the
default float dtype, `float32`, where NumPy returns `float64`, so a frequency such as `5/3` carries
only single precision. Pass
`dtype=torch.float64`, as in [the faithful translation](#fftfreq-float64).
"""
# /// pair
# title = "Sample frequencies: fftfreq returns float32 in PyTorch"
# expect = "differs"
# difference = "torch.fft.fftfreq returns float32 by default"
# see = ["fft/fftfreq-float64"]
# fix = "fft/fftfreq-float64"
# same_dtype = true
# order = 11
# numpy_call = "np.fft.fftfreq(6, d=0.1)"
# torch_call = "torch.fft.fftfreq(6, d=0.1)"
# ///
import numpy as np

result = np.fft.fftfreq(6, d=0.1)
print(result, result.dtype)
