"""`fft2` transforms the last two axes and `fftn` all of them by default; the sizes and axes are
`s=` and `axes=` in NumPy, `s=` and `dim=` in PyTorch. The same holds for `ifft2`, `ifftn`,
`rfft2` and `rfftn`.
"""
# /// pair
# title = "Multi-dimensional FFTs: fft2 and fftn"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "np.fft.fftn(x, axes=(0, 2))"
# torch_call = "torch.fft.fftn(x, dim=(0, 2))"
# ///
import numpy as np

x = np.arange(24.0).reshape(2, 3, 4)
result = {
    "fft2": np.fft.fft2(x),
    "fftn": np.fft.fftn(x),
    "fftn_axes": np.fft.fftn(x, axes=(0, 2)),
    "fft2_padded": np.fft.fft2(x[0], s=(4, 4)),
}
print({name: value.shape for name, value in result.items()})
