"""`np.random.seed(0)` and `torch.manual_seed(0)` both make a run reproducible, but they seed
different generators with different algorithms, so the numbers drawn are not the same (even in
`float64`, which rules out the dtype as the cause). Seeding alike is not a way to get identical
data in both libraries; share the data instead, as in
[the faithful translation](#share-numpy-draws).
"""
# /// pair
# title = "The same seed gives different streams"
# expect = "differs"
# difference = "NumPy and PyTorch generators produce different numbers from the same seed"
# see = ["random/share-numpy-draws"]
# order = 1
# numpy_call = "np.random.seed(0); np.random.rand(4)"
# torch_call = "torch.manual_seed(0); torch.rand(4)"
# ///
import numpy as np

np.random.seed(0)
result = np.random.rand(4)
print(result)
