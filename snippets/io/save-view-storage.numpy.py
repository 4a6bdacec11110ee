"""`np.save` of a slice writes just the slice: ten float64 values, a file of a few hundred bytes.
`torch.save` of a tensor view writes the whole storage the view shares with its base, here all
100,000 elements, and the loaded ten-element tensor still holds a storage of
{{io/save-view-storage torch.result:,}} bytes. The pair compares the bytes of data that come back;
each side also prints its file size. Save a copy, as in
[the faithful translation](#save-view-clone).
"""
# /// pair
# title = "Saving a slice: torch.save writes the whole underlying storage"
# expect = "differs"
# difference = "torch.save of a view saves the entire storage it belongs to"
# see = ["io/save-view-clone"]
# fix = "io/save-view-clone"
# order = 3
# numpy_call = "np.save('row.npy', big[:10])"
# torch_call = "torch.save(big[:10], 'row.pt')"
# ///
import os

import numpy as np

big = np.zeros(100_000)
np.save("row.npy", big[:10])
loaded = np.load("row.npy")
print(loaded.shape, os.path.getsize("row.npy"), "bytes on disk")
result = loaded.nbytes
print(result, "bytes of data loaded")
