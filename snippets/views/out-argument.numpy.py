"""Both `np.add` and `torch.add` accept `out=`, write the result into an existing array and
return that same object, so no new memory is allocated. The output may have a wider dtype than
the inputs (here int64 inputs into a float64 buffer).
"""
# /// pair
# title = "Writing into an existing buffer with out="
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.add(a, b, out=buf)"
# torch_call = "torch.add(a, b, out=buf)"
# ///
import numpy as np

a = np.array([1, 2, 3])
b = np.array([10, 20, 30])
buf = np.zeros(3)
returned = np.add(a, b, out=buf)
print(returned is buf)
result = (buf, returned is buf)
print(buf)
