"""A time axis in seconds that starts at one million, in steps of 0.1 s. NumPy computes it in
float64; `torch.arange` with float arguments computes it in float32, whose spacing near 1e6 is
0.0625, so the offsets from the start come out as
{{ranges/arange-float-step-float32 torch.result[1]}},
{{ranges/arange-float-step-float32 torch.result[2]}},
{{ranges/arange-float-step-float32 torch.result[3]}}, … instead of
{{ranges/arange-float-step-float32 numpy.result[1]:.1f}},
{{ranges/arange-float-step-float32 numpy.result[2]:.1f}},
{{ranges/arange-float-step-float32 numpy.result[3]:.1f}}. The number of elements is the same (each
side prints it first). Pass `dtype=torch.float64`, as in
[the faithful translation](#arange-float-step-float64).
"""
# /// pair
# title = "Float steps: torch.arange computes in float32"
# expect = "differs"
# difference = "torch.arange with float arguments gives float32 values"
# order = 6
# see = ["ranges/arange-float-step-float64"]
# fix = "ranges/arange-float-step-float64"
# numpy_call = "np.arange(1e6, 1e6 + 1, 0.1)"
# torch_call = "torch.arange(1e6, 1e6 + 1, 0.1)"
# ///
import numpy as np

times = np.arange(1_000_000, 1_000_001, 0.1)
print(len(times), times.dtype)
result = times - 1_000_000
print(result)
