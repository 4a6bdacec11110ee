"""`np.savez_compressed` writes the same `.npz` archive as `np.savez`, but deflated. `torch.save`
never compresses; to get a smaller file, hand it a `gzip` file object (and read it back through
`gzip.open` too). Both round trips give back the arrays exactly, and both files here end up far
smaller than the raw 80,000 bytes of data.
"""
# /// pair
# title = "Compressed archives: np.savez_compressed"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.savez_compressed('ckpt.npz', w=w)"
# torch_call = "with gzip.open('ckpt.pt.gz', 'wb') as f: torch.save({'w': w}, f)"
# ///
import os

import numpy as np

w = np.zeros((100, 100))
w[0] = np.arange(100)
np.savez_compressed("ckpt.npz", w=w)
small = os.path.getsize("ckpt.npz") < w.nbytes // 10
result = {"w": np.load("ckpt.npz")["w"], "small": small}
print(result["small"])
