"""PyTorch has no `partition`; for the k smallest or largest elements use `torch.topk`. `np.partition`
leaves the elements on each side of the split in no particular order, while `torch.topk` returns
them sorted (largest first, or smallest first with `largest=False`). Sort the NumPy slice to
compare.
"""
# /// pair
# title = "The k smallest and largest: np.partition and torch.topk"
# expect = "equal"
# same_dtype = true
# order = 12
# numpy_call = "np.partition(a, -k)[-k:]"
# torch_call = "torch.topk(a, k).values"
# ///
import numpy as np

a = np.array([7, 2, 9, 4, 1, 8])
k = 3
smallest = np.sort(np.partition(a, k)[:k])
largest = np.sort(np.partition(a, -k)[-k:])[::-1]
print(smallest, largest)
result = (smallest, largest)
