"""A NumPy array can be read-only (the views `np.broadcast_to` returns are, and any array can be
marked so through its flags), and writing to it raises {{io/read-only-array numpy.error}}. PyTorch
has no read-only tensors: `torch.from_numpy` only warns that writing is undefined behaviour, and the
write below goes through and changes the "read-only" array. Copy with `torch.tensor(a)` when the
tensor will be modified, as in [the faithful translation](#read-only-array-copy).
"""
# /// pair
# title = "A read-only array: torch.from_numpy warns, then lets writes through"
# expect = "differs"
# difference = "torch.from_numpy accepts a read-only array and writes reach it"
# order = 12
# see = ["io/read-only-array-copy"]
# fix = "io/read-only-array-copy"
# numpy_call = "np.asarray(a)[0] = 9"
# torch_call = "torch.from_numpy(a)[0] = 9"
# ///
import numpy as np

a = np.array([1.0, 2.0, 3.0])
a.flags.writeable = False
b = np.asarray(a)
b[0] = 9.0
result = a
print(result)
