"""`.clone()` gives the slice its own storage of exactly its elements, so `torch.save` writes and
`torch.load` returns only those ten values, as `np.save` does.
"""
# /// pair
# title = "Saving a slice: clone it first"
# expect = "equal"
# order = 3
# numpy_call = "np.save('row.npy', big[:10])"
# torch_call = "torch.save(big[:10].clone(), 'row.pt')"
# ///
import os

import numpy as np

big = np.zeros(100_000)
np.save("row.npy", big[:10])
loaded = np.load("row.npy")
print(loaded.shape, os.path.getsize("row.npy"), "bytes on disk")
result = loaded.nbytes
print(result, "bytes of data loaded")
