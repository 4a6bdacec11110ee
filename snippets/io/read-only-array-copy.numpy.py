"""Copying on conversion keeps a read-only array safe: `torch.tensor(a)` allocates new, writable
memory, just as `np.array(a)` does, so writes change only the copy and no warning is emitted.
"""
# /// pair
# title = "A read-only array: copy it with torch.tensor"
# expect = "equal"
# same_dtype = true
# order = 13
# numpy_call = "np.array(a)"
# torch_call = "torch.tensor(a)"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
a.flags.writeable = False
c = np.array(a)
c[0] = 9.0
result = (a, c)
print(a)
print(c)
