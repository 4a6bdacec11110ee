"""An integer index past the end raises `IndexError` in both libraries, so an
`except IndexError:` ports unchanged. (A slice past the end is silently clipped in both.)
"""
# /// pair
# title = "An index out of bounds raises IndexError in both"
# expect = "both-raise"
# order = 29
# numpy_call = "a[3]"
# torch_call = "t[3]"
# ///
import numpy as np

a = np.arange(3)
print(a[1:10])
result = a[3]
