"""Parameters that autograd tracks (`requires_grad=True`) cannot be handed to NumPy directly:
`Tensor.numpy()` raises {{io/numpy-requires-grad torch.error}} and suggests
`tensor.detach().numpy()`. NumPy arrays carry no such flag, so the original line never fails. Detach
first, as in [the faithful translation](#detach-numpy).
"""
# /// pair
# title = ".numpy() on a tensor that requires grad raises"
# expect = "differs"
# difference = "Tensor.numpy() raises RuntimeError when the tensor requires grad"
# order = 16
# see = ["io/detach-numpy"]
# fix = "io/detach-numpy"
# numpy_call = "np.asarray(w)"
# torch_call = "w.numpy()"
# ///
import numpy as np

w = np.array([0.5, -1.5, 2.0], dtype=np.float32)
result = np.asarray(w)
print(result)
