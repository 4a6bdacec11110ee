"""NumPy takes an integer as `size`; `torch.randint` requires a tuple or list for its `size`
argument and raises {{random/randint-size-int torch.error}} for a bare integer. Write
`torch.randint(0, 6, (5,))`, as in [the faithful translation](#randint-bounds).
"""
# /// pair
# title = "Random integers: size must be a tuple in PyTorch"
# expect = "differs"
# difference = "torch.randint raises TypeError for an integer size"
# see = ["random/randint-bounds"]
# fix = "random/randint-bounds"
# order = 10
# numpy_call = "np.random.randint(0, 6, 5)"
# torch_call = "torch.randint(0, 6, 5)"
# ///
import numpy as np

np.random.seed(0)
result = np.random.randint(0, 6, 5).shape
print(result)
