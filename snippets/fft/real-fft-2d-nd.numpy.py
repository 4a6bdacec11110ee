"""The multi-dimensional transforms keep their names in `torch.fft`: `rfft2`, `rfftn`, `irfft2`,
`irfftn`, `ifft2` and `ifftn`, with `s=` for the output sizes and `axes=` spelled `dim=`. As in 1-D,
pass the original sizes to the inverse real transforms (`s=x.shape`), since an odd length cannot
be recovered from the half spectrum; NumPy 2.0 deprecates `s=` without `axes=` in the `n`-D
functions, so give both.
"""
# /// pair
# title = "2-D and N-D transforms: rfft2, rfftn, irfft2, irfftn, ifft2, ifftn"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.fft.irfft2(spectrum2, s=x.shape)"
# torch_call = "torch.fft.irfft2(spectrum2, s=x.shape)"
# ///
import numpy as np

x = np.arange(15.0).reshape(3, 5) ** 1.5
spectrum2 = np.fft.rfft2(x)
spectrumn = np.fft.rfftn(x, axes=(0, 1))
full = np.fft.fft2(x)
result = {
    "rfft2": spectrum2,
    "rfftn": spectrumn,
    "irfft2": np.fft.irfft2(spectrum2, s=x.shape),
    "irfftn": np.fft.irfftn(spectrumn, s=x.shape, axes=(0, 1)),
    "ifft2": np.fft.ifft2(full),
    "ifftn": np.fft.ifftn(full, axes=(1,)),
}
print(result["irfft2"])
