"""NumPy marks the result of `np.broadcast_to` read-only, so writing into it raises
`ValueError`. PyTorch's `expand` result is writable: the single assignment below lands in
the one shared element, so it changes every row of the expanded view and the source tensor too.
If the broadcast array must be written to, [copy it first](#broadcast-copy).
"""
# /// pair
# title = "Writing into a broadcast view"
# expect = "differs"
# difference = "an expanded tensor is writable; the write shows in every row and the source"
# order = 22
# see = ["shape/broadcast-copy"]
# numpy_call = "np.broadcast_to(a, (2, 3))[0, 0] = 9"
# torch_call = "t.expand(2, 3)[0, 0] = 9"
# ///
import numpy as np

a = np.array([1, 2, 3])
wide = np.broadcast_to(a, (2, 3))
wide[0, 0] = 9
result = (wide, a)
print(wide)
print(a)
