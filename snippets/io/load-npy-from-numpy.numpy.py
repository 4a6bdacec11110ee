"""`np.load` reads the `.npy` file and `torch.from_numpy` wraps the array without copying, keeping its
float64 dtype.
"""
# /// pair
# title = "Reading a .npy file into a tensor: np.load, then torch.from_numpy"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "np.load('w.npy')"
# torch_call = "torch.from_numpy(np.load('w.npy'))"
# ///
import numpy as np

np.save("w.npy", np.array([[0.5, -1.0], [2.0, 0.25]]))
result = np.load("w.npy")
print(result)
