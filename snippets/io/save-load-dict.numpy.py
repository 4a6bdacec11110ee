"""Several named arrays in one file. `np.savez` takes them as keyword arguments and `np.load`
returns a lazy `NpzFile` that is indexed by name; in PyTorch the usual form is a plain dict of
tensors passed to `torch.save`, and `torch.load` returns the dict itself. A dict of tensors (with
plain Python numbers and strings beside them) loads under the default `weights_only=True`.
"""
# /// pair
# title = "Save several arrays: np.savez and a dict with torch.save"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.savez('ckpt.npz', w=w, b=b)"
# torch_call = "torch.save({'w': w, 'b': b}, 'ckpt.pt')"
# ///
import numpy as np

w = np.array([[0.5, -1.0], [2.0, 0.25]])
b = np.array([0.1, 0.2])
np.savez("ckpt.npz", w=w, b=b)
loaded = np.load("ckpt.npz")
print(loaded.files)
result = {"w": loaded["w"], "b": loaded["b"]}
print(result)
