"""NumPy code edits intermediate arrays in place without a second thought: here the activations
below 0.5 are zeroed with a mask, and the gradient of their sum is written by hand. Ported line for
line, the masked assignment changes a tensor that autograd saved for the backward pass (the output
of `sigmoid`, which its gradient needs), and `backward()` raises
{{models/inplace-in-graph torch.error}}. Build a new tensor instead, with `torch.where`, as in
[the faithful translation](#inplace-in-graph-where).
"""
# /// pair
# title = "Masking an activation in place inside an autograd graph"
# expect = "differs"
# difference = "backward() raises when an in-place edit overwrote a tensor the graph saved"
# fix = "models/inplace-in-graph-where"
# order = 12
# numpy_call = "h = 1 / (1 + np.exp(-z)); h[h < 0.5] = 0"
# torch_call = "h = torch.sigmoid(z); h[h < 0.5] = 0; h.sum().backward()"
# ///
import numpy as np

z = np.array([-1.0, 0.5, 2.0, -0.2])
h = 1 / (1 + np.exp(-z))
h[h < 0.5] = 0
grad = np.where(h > 0, h * (1 - h), 0.0)
result = grad
print(result)
