"""A negative step counts down in both libraries, still stopping before the end value: from 10 down
to (but not including) 0 in steps of 3 gives {{ranges/arange-negative-step numpy.result[0]}},
{{ranges/arange-negative-step numpy.result[1]}}, {{ranges/arange-negative-step numpy.result[2]}},
{{ranges/arange-negative-step numpy.result[3]}}.
"""
# /// pair
# title = "Counting down: arange with a negative step"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "np.arange(10, 0, -3)"
# torch_call = "torch.arange(10, 0, -3)"
# ///
import numpy as np

result = np.arange(10, 0, -3)
print(result)
