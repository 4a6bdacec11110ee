"""Arrays saved by the NumPy code stay `.npy` files after the port, and `torch.load` cannot read
them: the `.npy` format is not a pickle, and the call raises {{io/load-npy-with-torch torch.error}}.
The message suggests `weights_only=False`, which fails too (the PyTorch side tries it first). Read
the file with `np.load` and convert, as in [the faithful translation](#load-npy-from-numpy).
"""
# /// pair
# title = "A .npy file cannot be read with torch.load"
# expect = "differs"
# difference = "torch.load raises {{io/load-npy-with-torch torch.error}} on a .npy file"
# see = ["io/load-npy-from-numpy"]
# fix = "io/load-npy-from-numpy"
# order = 1
# numpy_call = "np.load('w.npy')"
# torch_call = "torch.load('w.npy')"
# ///
import numpy as np

np.save("w.npy", np.array([[0.5, -1.0], [2.0, 0.25]]))
result = np.load("w.npy")
print(result)
