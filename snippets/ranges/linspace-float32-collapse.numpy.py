"""Eleven points from 1e8 to 1e8 + 10 are eleven distinct float64 numbers. In float32, which
`torch.linspace` uses by default, neighbouring representable numbers near 1e8 are 8 apart, so the
eleven points collapse onto {{ranges/linspace-float32-collapse torch.result}} distinct values. The
build compares the number of distinct values. Pass `dtype=torch.float64`, as in
[the faithful translation](#linspace-large-float64).
"""
# /// pair
# title = "linspace in float32: large values collapse"
# expect = "differs"
# difference = "torch.linspace computes in float32 by default"
# order = 14
# see = ["ranges/linspace-large-float64"]
# fix = "ranges/linspace-large-float64"
# numpy_call = "np.linspace(1e8, 1e8 + 10, 11)"
# torch_call = "torch.linspace(1e8, 1e8 + 10, 11)"
# ///
import numpy as np

points = np.linspace(1e8, 1e8 + 10, 11)
print(points - 1e8)
result = len(np.unique(points))
print(result, "distinct values")
