"""`np.expand_dims` accepts a tuple of positions and inserts several axes at once. `torch.unsqueeze`
takes a single integer and raises {{shape/expand-dims-tuple torch.error}} on a tuple. Insert the
axes [with `None` indices, or one `unsqueeze` at a time](#expand-dims-several).
"""
# /// pair
# title = "Adding several axes at once"
# expect = "differs"
# difference = "torch.unsqueeze takes one dimension; a tuple raises TypeError"
# order = 18
# see = ["shape/expand-dims-several"]
# fix = "shape/expand-dims-several"
# numpy_call = "np.expand_dims(a, (0, 2))"
# torch_call = "torch.unsqueeze(t, (0, 2))"
# ///
import numpy as np

a = np.arange(3)
result = np.expand_dims(a, (0, 2))
print(result.shape)
