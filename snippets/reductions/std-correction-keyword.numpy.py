"""`ddof=1` is `correction=1` in PyTorch: the keyword changes its name, the count it subtracts from n
stays. (`correction=1` is also PyTorch's default; writing it keeps the port readable next to the
NumPy code, whose default is 0.)
"""
# /// pair
# title = "std(ddof=1) in PyTorch: std(correction=1)"
# expect = "equal"
# same_dtype = true
# order = 10
# numpy_call = "x.std(ddof=1)"
# torch_call = "x.std(correction=1)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0, 4.0])
result = (x.std(ddof=1), x.var(ddof=1))
print(result)
