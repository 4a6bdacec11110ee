"""The square root of a negative real number is NaN in both libraries. NumPy warns (the warning is
in its output below); PyTorch returns the NaN silently. For complex roots, use a complex input in
both (`np.sqrt(x.astype(complex))`, `torch.sqrt(x.to(torch.complex128))`).
"""
# /// pair
# title = "sqrt of negatives: NaN in both, a warning only in NumPy"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "np.sqrt(x)"
# torch_call = "torch.sqrt(x)"
# ///
import numpy as np

x = np.array([-4.0, 0.0, 4.0])
real = np.sqrt(x)
complex_root = np.sqrt(x.astype(np.complex128))
print(real, complex_root)
result = (real, complex_root)
