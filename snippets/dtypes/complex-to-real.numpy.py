"""Converting complex values to a real dtype keeps the real part and drops the imaginary part in
both libraries. Both warn about it, with different classes: NumPy emits `ComplexWarning`
(`np.exceptions.ComplexWarning`), PyTorch a plain `UserWarning`, so a warnings filter written for
one does not catch the other. Write `.real` to say what you mean.
"""
# /// pair
# title = "Complex to real discards the imaginary part"
# expect = "equal"
# same_dtype = true
# order = 28
# numpy_call = "z.astype(np.float64)"
# torch_call = "z.to(torch.float64)"
# ///
import warnings

import numpy as np

z = np.array([1 + 2j, 3 - 4j])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = z.astype(np.float64)
print(result)
print([w.category.__name__ for w in caught])
