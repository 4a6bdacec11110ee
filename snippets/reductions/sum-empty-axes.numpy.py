"""Generic code often reduces "every axis but the first", `axis=tuple(range(1, x.ndim))`, for
per-sample sums. For a 1-D batch that tuple is empty, and NumPy then reduces nothing: each sample
keeps its own value. PyTorch reads an empty `dim` as "all dimensions" and returns one total,
{{reductions/sum-empty-axes torch.result:g}}, instead of the three squares. Skip the reduction when
there is nothing to reduce, as in [the faithful translation](#sum-empty-axes-guarded).
"""
# /// pair
# title = "Reducing over an empty tuple of axes: nothing, or everything"
# expect = "differs"
# difference = "torch.sum(x, dim=()) reduces over every dimension; NumPy's axis=() reduces none"
# see = ["reductions/sum-empty-axes-guarded"]
# fix = "reductions/sum-empty-axes-guarded"
# order = 1
# numpy_call = "x.sum(axis=())"
# torch_call = "x.sum(dim=())"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0])
per_sample = tuple(range(1, x.ndim))
result = (x**2).sum(axis=per_sample)
print(per_sample, result)
