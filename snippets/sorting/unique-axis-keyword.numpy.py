"""Many PyTorch reductions accept NumPy's `axis=` as another name for `dim=`; `torch.unique` does
not, and raises {{sorting/unique-axis-keyword torch.error}}, whose message (in the traceback below)
names an internal function, not `unique`. Write `dim=0`, as in
[the faithful translation](#unique-rows).
"""
# /// pair
# title = "Unique rows: torch.unique rejects axis="
# expect = "differs"
# difference = "torch.unique takes dim=, not axis=: TypeError"
# see = ["sorting/unique-rows"]
# fix = "sorting/unique-rows"
# order = 19
# numpy_call = "np.unique(m, axis=0)"
# torch_call = "torch.unique(m, axis=0)"
# ///
import numpy as np

m = np.array([[1, 2], [0, 5], [1, 2]])
result = np.unique(m, axis=0)
print(result)
