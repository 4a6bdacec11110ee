"""Building the range in floating point and converting afterwards gives the same integers in both
libraries: 0, 1.5, 3, 4.5 truncated to {{ranges/arange-float-then-cast numpy.result[0]}},
{{ranges/arange-float-then-cast numpy.result[1]}},
{{ranges/arange-float-then-cast numpy.result[2]}},
{{ranges/arange-float-then-cast numpy.result[3]}}. The conversion rounds toward zero; apply `floor`
or `round` first for another rule.
"""
# /// pair
# title = "Integer dtype with a float step: build in float, then convert"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "np.arange(0, 5, 1.5).astype(np.int64)"
# torch_call = "torch.arange(0, 5, 1.5, dtype=torch.float64).long()"
# ///
import numpy as np

result = np.arange(0, 5, 1.5).astype(np.int64)
print(result)
