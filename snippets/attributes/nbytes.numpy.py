"""`nbytes` is the number of elements times the bytes per element, in both libraries. It counts
the bytes the array's elements span, not the size of the underlying buffer: a slice
reports only its own elements.
"""
# /// pair
# title = "Total bytes: nbytes"
# expect = "equal"
# order = 12
# numpy_call = "a.nbytes"
# torch_call = "t.nbytes"
# ///
import numpy as np

a = np.zeros((4, 5), dtype=np.float32)
print(a.nbytes, a[:2].nbytes, a.size * a.itemsize)
result = (a.nbytes, a[:2].nbytes)
