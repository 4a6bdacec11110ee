"""A half-ported training script often still holds NumPy arrays when it saves its checkpoint, and
`torch.save` pickles them without complaint. Loading is where it breaks: `torch.load` defaults to
`weights_only=True` (since PyTorch 2.6) and refuses the NumPy array with an `UnpicklingError`
naming the NumPy global it would not load. Convert the values to tensors before saving, as in
[the faithful translation](#save-load-dict); pass `weights_only=False` only for files you trust.
"""
# /// pair
# title = "A checkpoint that still holds NumPy arrays: torch.load refuses it"
# expect = "differs"
# difference = "torch.load (weights_only=True by default) raises UnpicklingError on NumPy arrays"
# order = 2
# see = ["io/save-load-dict"]
# fix = "io/save-load-dict"
# numpy_call = "np.savez('ckpt.npz', w=w)"
# torch_call = "torch.save({'w': w}, 'ckpt.pt'); torch.load('ckpt.pt')  # w an ndarray"
# ///
import numpy as np

w = np.array([[0.5, -1.0], [2.0, 0.25]])
np.savez("ckpt.npz", w=w)
result = np.load("ckpt.npz")["w"]
print(result)
