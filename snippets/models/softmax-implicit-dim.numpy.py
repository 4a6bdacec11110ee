"""NumPy softmax code names its axis, usually the last one (the classes). `F.softmax` called without
`dim` picks one itself and only warns that the implicit choice is deprecated: for a 3-D input
(batch × positions × classes) it normalises over dimension 0, the batch, so each row of class
scores no longer sums to 1 (the PyTorch side prints the sums over the last dimension). Always pass
`dim`, as in [the faithful translation](#softmax-stable).
"""
# /// pair
# title = "F.softmax without dim on a 3-D batch normalises the wrong axis"
# expect = "differs"
# difference = "without dim, F.softmax of a 3-D input normalises dimension 0, not the last"
# see = ["models/softmax-stable"]
# fix = "models/softmax-stable"
# order = 2
# numpy_call = "e = np.exp(z - z.max(-1, keepdims=True)); e / e.sum(-1, keepdims=True)"
# torch_call = "F.softmax(z)"
# ///
import numpy as np

z = np.array([[[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]], [[2.0, 2.0, 1.0], [1.5, 0.5, -0.5]]])
e = np.exp(z - z.max(axis=-1, keepdims=True))
result = e / e.sum(axis=-1, keepdims=True)
print(result)
