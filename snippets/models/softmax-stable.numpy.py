"""A numerically stable softmax subtracts each row's maximum before exponentiating, which changes
nothing mathematically but keeps `exp` from overflowing. `F.softmax` does the same internally;
pass `dim` explicitly (here the last axis, one distribution per row of class scores; a 3-D batch
is normalised along its last axis the same way). The large logits in the second row are handled
fine by both.
"""
# /// pair
# title = "Softmax: stable NumPy formula and F.softmax"
# expect = "equal"
# same_dtype = true
# order = 1
# old_ids = ["models/softmax-dim-explicit"]
# numpy_call = "e = np.exp(z - z.max(-1, keepdims=True)); e / e.sum(-1, keepdims=True)"
# torch_call = "F.softmax(z, dim=-1)"
# ///
import numpy as np

def softmax(z):
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


z = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]])
batch = np.array([[[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]], [[2.0, 2.0, 1.0], [1.5, 0.5, -0.5]]])
result = (softmax(z), softmax(batch))
print(result)
