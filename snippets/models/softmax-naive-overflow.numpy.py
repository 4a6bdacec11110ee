"""The same textbook formula, `exp(z) / sum(exp(z))`, on both sides. NumPy builds the logits as
float64, whose range ends near 1.8e308, so `exp(100)` (about 2.7e43) is still finite and the second
row comes out right. `torch.tensor` makes them float32, whose range ends near 3.4e38: `exp(100)`
overflows to `inf`, `inf / inf` is `nan`, and the row turns into 0, 0 and `nan`, silently. Subtract
the row maximum first, or call `F.softmax`, as in [the faithful translation](#softmax-stable).
"""
# /// pair
# title = "Naive softmax: fine in NumPy's float64, nan in float32"
# expect = "differs"
# difference = "in float32, exp(100) overflows to inf and the naive formula gives nan"
# see = ["models/softmax-stable"]
# fix = "models/softmax-stable"
# order = 2
# numpy_call = "e = np.exp(z); e / e.sum(-1, keepdims=True)"
# torch_call = "e = torch.exp(z); e / e.sum(-1, keepdim=True)"
# ///
import numpy as np

z = np.array([[1.0, 2.0, 3.0], [10.0, 50.0, 100.0]])
e = np.exp(z)
result = e / e.sum(axis=-1, keepdims=True)
print(result)
