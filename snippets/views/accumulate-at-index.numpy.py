"""To count every occurrence of a repeated index, NumPy has the unbuffered `np.add.at`. The
PyTorch translation is `index_put_` with `accumulate=True` (or `index_add_`), which updates the
tensor in place.
"""
# /// pair
# title = "Accumulating at repeated indices: np.add.at and index_put_"
# expect = "equal"
# same_dtype = true
# order = 5
# numpy_call = "np.add.at(a, idx, 1)"
# torch_call = "a.index_put_((idx,), torch.tensor(1), accumulate=True)"
# ///
import numpy as np

a = np.zeros(4, dtype=np.int64)
idx = np.array([0, 0, 1])
np.add.at(a, idx, 1)
result = a
print(result)
