"""When the NumPy code writes through `np.flip` on purpose, to change the original, the port has no
view to write through: flip, write into the copy, and copy it back flipped with `Tensor.copy_`. (A
single write can also index the original directly: the first element of the flipped array is
`a[-1]`.)
"""
# /// pair
# title = "Writing through a flipped view: flip, write, copy back"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "r = np.flip(a); r[0] = 100"
# torch_call = "r = a.flip(0); r[0] = 100; a.copy_(r.flip(0))"
# ///
import numpy as np

a = np.arange(4)
r = np.flip(a)
r[0] = 100
result = a
print(result)
