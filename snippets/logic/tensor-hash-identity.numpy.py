"""Iterating over a NumPy array yields NumPy scalars, which hash and compare by value: `set(labels)`
holds each distinct label once, and a dict counts occurrences per label. Iterating over a tensor
yields 0-d tensors, which hash by identity: each element is its own set member and its own dict key,
so four labels with three distinct values give {{logic/tensor-hash-identity torch.result[0]}} and
{{logic/tensor-hash-identity torch.result[1]}} instead of
{{logic/tensor-hash-identity numpy.result[0]}} and {{logic/tensor-hash-identity numpy.result[1]}},
and the test `3 in set(labels)` is `False`. Convert to Python numbers with `.tolist()`, as in
[the faithful translation](#tensor-hash-tolist).
"""
# /// pair
# title = "Tensors in a set or as dict keys: equal values are different keys"
# expect = "differs"
# difference = "tensors hash by identity, so equal values do not merge in sets and dicts"
# see = ["logic/tensor-hash-tolist"]
# fix = "logic/tensor-hash-tolist"
# order = 17
# numpy_call = "len(set(labels))"
# torch_call = "len(set(labels))"
# ///
import numpy as np

labels = np.array([3, 1, 3, 2])
counts = {}
for label in labels:
    counts[label] = counts.get(label, 0) + 1
result = (len(set(labels)), len(counts), 3 in set(labels))
print(result)
