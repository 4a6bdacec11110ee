"""`torch.as_tensor` behaves like `np.asarray`: it shares memory when no conversion is needed and
copies when one is, for instance when a different dtype is requested. Below, the same write to
the source array shows in the float64 result but not in the float32 one.
"""
# /// pair
# title = "torch.as_tensor: shares when it can, copies when it must"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "np.asarray(a, dtype=np.float32)"
# torch_call = "torch.as_tensor(a, dtype=torch.float32)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
same = np.asarray(a)
converted = np.asarray(a, dtype=np.float32)
a[0] = 100.0
result = (same, converted)
print(same)
print(converted)
