"""A NumPy reduction returns a NumPy scalar (`np.float64`), not an array, and `torch.from_numpy`
takes arrays only: it raises {{io/from-numpy-scalar torch.error}}. NumPy's own `np.asarray` turns
the scalar into a 0-d array. Convert with `torch.tensor`, or wrap the scalar with `np.asarray`
first, as in [the faithful translation](#from-numpy-scalar-asarray).
"""
# /// pair
# title = "torch.from_numpy on a NumPy scalar"
# expect = "differs"
# difference = "torch.from_numpy raises TypeError for a NumPy scalar such as a reduction's result"
# fix = "io/from-numpy-scalar-asarray"
# see = ["io/from-numpy-shares"]
# order = 22
# numpy_call = "np.asarray(a.sum())"
# torch_call = "torch.from_numpy(a.sum())"
# ///
import numpy as np

a = np.array([0.5, 1.25, 2.0])
total = a.sum()
print(type(total))
result = np.asarray(total)
