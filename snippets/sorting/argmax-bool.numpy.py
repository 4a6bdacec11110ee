"""`np.argmax(mask)` on a boolean array is a common way to find the first `True`. `torch.argmax`
refuses boolean tensors with {{sorting/argmax-bool torch.error}}, whose message is in the traceback
below, while `torch.max` of the same mask works, as the PyTorch side prints first. Convert the mask
to an integer type, as in [the faithful translation](#argmax-bool-as-int).
"""
# /// pair
# title = "argmax of a boolean mask: PyTorch raises"
# expect = "differs"
# difference = "torch.argmax does not support bool input: RuntimeError"
# see = ["sorting/argmax-bool-as-int"]
# fix = "sorting/argmax-bool-as-int"
# order = 22
# numpy_call = "np.argmax(mask)"
# torch_call = "torch.argmax(mask)"
# ///
import numpy as np

mask = np.array([False, False, True, True])
result = np.argmax(mask)
print(result)
