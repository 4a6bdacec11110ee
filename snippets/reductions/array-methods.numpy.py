"""The everyday reduction methods of an array exist on a tensor under the same names:
`.all()`, `.any()`, `.argmax()`, `.argmin()`, `.trace()`, `.clip()`, with `axis=` spelled `dim=`.
Two differ in reach: `Tensor.trace()` accepts only a 2-D tensor and has no `offset` (use
`torch.diagonal(x, offset).sum()`), and `Tensor.dot()` accepts only two 1-D tensors, where
`ndarray.dot` also multiplies matrices (use `@` for those).
"""
# /// pair
# title = "Reduction methods: all, any, argmax, argmin, trace, clip, dot"
# expect = "equal"
# same_dtype = true
# order = 34
# numpy_call = "x.argmin(axis=1)"
# torch_call = "x.argmin(dim=1)"
# ///
import numpy as np

x = np.array([[3, 0, 7], [1, 9, 2]])
v = np.array([1, 2, 3])
result = {
    "all": x.all(),
    "any_axis0": x.any(axis=0),
    "argmax": x.argmax(),
    "argmin_axis1": x.argmin(axis=1),
    "trace": x[:, :2].trace(),
    "clip": x.clip(1, 5),
    "dot": v.dot(v),
    "dot_matrix": x.dot(v),
}
print(result)
