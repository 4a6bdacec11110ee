"""`.tolist()` turns the tensor into Python integers, which hash by value, so the set and the dict
merge equal labels as NumPy's scalars do. (`torch.unique(labels, return_counts=True)` gives the
same counts without leaving PyTorch.)
"""
# /// pair
# title = "Tensor values as set members or dict keys: .tolist() first"
# expect = "equal"
# order = 17
# numpy_call = "len(set(labels))"
# torch_call = "len(set(labels.tolist()))"
# ///
import numpy as np

labels = np.array([3, 1, 3, 2])
counts = {}
for label in labels:
    counts[label] = counts.get(label, 0) + 1
result = (len(set(labels)), len(counts), 3 in set(labels))
print(result)
