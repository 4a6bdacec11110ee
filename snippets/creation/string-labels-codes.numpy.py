"""`np.unique(labels, return_inverse=True)` gives the sorted distinct names and, for every label, the
integer code of its name. The codes convert to an int64 tensor, and a comparison with the code of
`"cat"` gives the same mask as comparing the strings.
"""
# /// pair
# title = "String labels as integer codes: np.unique(return_inverse=True)"
# expect = "equal"
# same_dtype = true
# order = 4
# numpy_call = "labels == 'cat'"
# torch_call = "names, codes = np.unique(labels, return_inverse=True); torch.from_numpy(codes) == names.tolist().index('cat')"
# ///
import numpy as np

labels = np.array(["cat", "dog", "cat", "bird"])
result = labels == "cat"
print(result)
