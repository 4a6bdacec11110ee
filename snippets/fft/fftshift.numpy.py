"""`fftshift` moves the zero frequency to the centre and `ifftshift` undoes it; for odd lengths
the two are different rolls, so use the right one. Without `axes` (`dim` in PyTorch) both shift
every axis of a multi-dimensional array. They work on any dtype, integers included.
"""
# /// pair
# title = "Centring the spectrum: fftshift and ifftshift"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.fft.fftshift(grid, axes=1)"
# torch_call = "torch.fft.fftshift(grid, dim=1)"
# ///
import numpy as np

k = np.arange(5)
grid = np.arange(12).reshape(3, 4)
result = {
    "fftshift": np.fft.fftshift(k),
    "ifftshift": np.fft.ifftshift(k),
    "all_axes": np.fft.fftshift(grid),
    "axis_1": np.fft.fftshift(grid, axes=1),
}
print(result["fftshift"], result["ifftshift"])
