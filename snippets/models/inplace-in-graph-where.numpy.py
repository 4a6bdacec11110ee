"""`torch.where` builds the masked activations as a new tensor and leaves `sigmoid`'s output intact,
so `backward()` runs, and the gradient is the hand-written one: the sigmoid's derivative where the
activation was kept, 0 where it was zeroed.
"""
# /// pair
# title = "Masking an activation inside an autograd graph: torch.where"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "h = 1 / (1 + np.exp(-z)); h[h < 0.5] = 0"
# torch_call = "h = torch.sigmoid(z); h = torch.where(h < 0.5, 0.0, h); h.sum().backward()"
# ///
import numpy as np

z = np.array([-1.0, 0.5, 2.0, -0.2])
h = 1 / (1 + np.exp(-z))
h[h < 0.5] = 0
grad = np.where(h > 0, h * (1 - h), 0.0)
result = grad
print(result)
