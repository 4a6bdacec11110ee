"""Many PyTorch functions accept NumPy's `axis=` as another name for `dim=` (the PyTorch side first
prints `sum`, `argmax` and `cat` called with `axis=`; see also
[axis= and keepdims= in reductions](reductions.md#axis-keepdims-accepted)), which makes the
exceptions easy to miss. `torch.flip` is one: its argument is `dims`, required, and
`torch.flip(t, axis=0)` raises {{indexing/flip-axis-keyword torch.error}} (its message is in the
traceback below). Write `torch.flip(t, dims=(0,))`, as in [the faithful translation](#flip).
"""
# /// pair
# title = "Flipping along an axis: torch.flip has no axis keyword"
# expect = "differs"
# difference = "torch.flip requires dims; flip(axis=0) raises TypeError"
# see = ["indexing/flip"]
# fix = "indexing/flip"
# order = 4
# numpy_call = "np.flip(a, axis=0)"
# torch_call = "torch.flip(t, axis=0)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = np.flip(a, axis=0)
print(result)
