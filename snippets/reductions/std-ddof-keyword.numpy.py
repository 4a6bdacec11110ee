"""NumPy's degrees-of-freedom argument is `ddof`; PyTorch calls it `correction`, and `std(ddof=1)` (or
`var(ddof=...)`) raises {{reductions/std-ddof-keyword torch.error}}. Write `correction=1`, as in
[the faithful translation](#std-correction-keyword), and mind the different defaults ([the variance
pair](#var-default)).
"""
# /// pair
# title = "std(ddof=1): PyTorch's keyword is correction"
# expect = "differs"
# difference = "torch.std has no ddof argument: TypeError"
# see = ["reductions/var-correction"]
# fix = "reductions/std-correction-keyword"
# order = 10
# numpy_call = "x.std(ddof=1)"
# torch_call = "x.std(ddof=1)"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0, 4.0])
result = x.std(ddof=1)
print(result)
