"""`x.partition(k)` rearranges `x` in place so that the k-th smallest value sits at index `k` with
smaller values before it, in no guaranteed order; `x.argpartition(k)` returns indices that would
do that. PyTorch has no partial sort: `torch.topk(x, k + 1, largest=False)` returns the `k + 1`
smallest values (sorted) and their indices, and `torch.kthvalue(x, k + 1)` the k-th value alone
(counting from 1). Since the order inside each side of a partition is unspecified, the pair
compares the sorted smallest values and the pivot.
"""
# /// pair
# title = "Partial sorts: the partition and argpartition methods"
# expect = "equal"
# same_dtype = true
# order = 27
# numpy_call = "x.argpartition(2)"
# torch_call = "torch.topk(x, 3, largest=False)"
# ///
import numpy as np

x = np.array([9.0, 1.0, 7.0, 3.0, 8.0, 2.0])
idx = x.argpartition(2)
smallest_by_index = np.sort(x[idx[:3]])
x.partition(2)
result = {
    "pivot": x[2],
    "smallest": np.sort(x[:3]),
    "smallest_by_index": smallest_by_index,
}
print(result)
