"""The log of a softmax is best computed directly as `z - max - log(sum(exp(z - max)))`, never as
`log(softmax(z))`, which turns tiny probabilities into `-inf`. `F.log_softmax` is that direct form
and is what `F.nll_loss` expects as its input. With logits spread over 1000 units, the smallest
log-probability below is about -1000, far outside what `exp` can represent.
"""
# /// pair
# title = "Log-softmax: stable NumPy formula and F.log_softmax"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "s = z - z.max(); s - np.log(np.exp(s).sum())"
# torch_call = "F.log_softmax(z, dim=-1)"
# ///
import numpy as np

z = np.array([[0.5, 1.5, -1.0], [1000.0, 0.0, 2.0]])
shifted = z - z.max(axis=-1, keepdims=True)
result = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
print(result)
