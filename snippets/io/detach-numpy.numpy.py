"""`w.detach()` returns a tensor over the same memory that autograd does not track, and its
`.numpy()` works. The array still shares memory with the parameter, so it changes when the
optimizer updates `w`; add `.copy()` to keep a snapshot.
"""
# /// pair
# title = "To NumPy from a tensor that requires grad: .detach().numpy()"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "np.asarray(w)"
# torch_call = "w.detach().numpy()"
# ///
import numpy as np

w = np.array([0.5, -1.5, 2.0], dtype=np.float32)
result = np.asarray(w)
print(result)
