"""`.detach()` is not a copy: it returns a tensor over the same memory with autograd tracking
switched off, much as `a.view()` gives a second NumPy array over the same data. A write through
the detached tensor changes the parameter itself. Use `.detach().clone()` for a snapshot.
"""
# /// pair
# title = ".detach() shares memory with the original"
# expect = "equal"
# order = 19
# numpy_call = "w.view()"
# torch_call = "w.detach()"
# ///
import numpy as np

w = np.ones(3, dtype=np.float32)
d = w.view()
d[0] = 5.0
result = w
print(result)
