"""The opt-in for files you trust: `allow_pickle=True` for `np.load`, `weights_only=False` for
`torch.load`. Either one runs the unpickler without restrictions, which can execute arbitrary
code from the file, so never use it on checkpoints from an unknown source.
"""
# /// pair
# title = "Loading pickled objects from trusted files: allow_pickle and weights_only"
# expect = "equal"
# order = 5
# numpy_call = "np.load('obj.npy', allow_pickle=True)"
# torch_call = "torch.load('obj.pt', weights_only=False)"
# ///
from fractions import Fraction

import numpy as np

np.save("obj.npy", np.array([Fraction(1, 3)], dtype=object))
loaded = np.load("obj.npy", allow_pickle=True)
result = str(loaded[0])
print(result)
