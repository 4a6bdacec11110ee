"""A descending sort in NumPy is usually written as the ascending sort reversed with `[::-1]`. PyTorch
tensors do not support negative slice steps: the same slice raises `ValueError: step must be greater
than zero`. Ask `torch.sort` for descending order instead, as in the next pair.
"""
# /// pair
# title = "Descending sort: [::-1] does not work on tensors"
# expect = "differs"
# difference = "tensors reject negative slice steps"
# order = 4
# see = ["sorting/sort-descending"]
# numpy_call = "np.sort(a)[::-1]"
# torch_call = "torch.sort(a).values[::-1]"
# ///
import numpy as np

a = np.array([5, 2, 9, 1, 7])
result = np.sort(a)[::-1]
print(result)
