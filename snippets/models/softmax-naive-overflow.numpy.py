"""The textbook formula `exp(z) / sum(exp(z))` overflows for large logits (`exp` exceeds the
float64 range just above 709): `exp` returns `inf`, NumPy warns, and `inf / inf` makes the whole row
`nan`. `F.softmax` is stable and returns the right probabilities for the same input. Porting the
naive formula literally to `torch.exp` would reproduce the `nan`s; use the stable form or the
built-in, as in [the faithful translation](#softmax-stable).
"""
# /// pair
# title = "Naive softmax overflows on large logits; F.softmax does not"
# expect = "differs"
# difference = "the naive exp formula gives nan for large logits; F.softmax is stable"
# order = 2
# see = ["models/softmax-stable"]
# numpy_call = "np.exp(z) / np.exp(z).sum()"
# torch_call = "F.softmax(z, dim=-1)"
# ///
import numpy as np

z = np.array([1000.0, 1001.0, 1002.0])
e = np.exp(z)
result = e / e.sum()
print(result)
