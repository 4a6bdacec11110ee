"""Summing or multiplying small signed integers or booleans gives int64 in both libraries, so the
accumulation does not overflow the input type: three int8 values of 100 add up to
{{reductions/sum-small-int-dtype numpy.result['int8 sum']}} and multiply to
{{reductions/sum-small-int-dtype numpy.result['int8 prod']:,}}. Booleans sum to a count.
"""
# /// pair
# title = "sum and prod of small integers and booleans: int64"
# expect = "equal"
# same_dtype = true
# order = 1
# numpy_call = "small.sum()"
# torch_call = "small.sum()"
# ///
import numpy as np

small = np.array([100, 100, 100], dtype=np.int8)
flags = np.array([True, True, False])
result = {
    "int8 sum": small.sum(),
    "int8 prod": small.prod(),
    "int16 sum": small.astype(np.int16).sum(),
    "bool sum": flags.sum(),
}
print(result)
