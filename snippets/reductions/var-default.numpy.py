"""The defaults differ: NumPy's `var` and `std` divide by n (`ddof=0`, the population variance),
PyTorch's divide by n - 1 (`correction=1`, the sample variance). The same call therefore gives
{{reductions/var-default numpy.result['var']}} in NumPy and
{{reductions/var-default torch.result['var']:.3f}} in PyTorch for `[1, 2, 3, 4]`. Pass the
correction explicitly, as in [the faithful translation](#var-correction).
"""
# /// pair
# title = "Variance and standard deviation: the defaults differ"
# expect = "differs"
# difference = "torch.var and torch.std divide by n - 1 by default"
# order = 9
# see = ["reductions/var-correction"]
# fix = "reductions/var-correction"
# numpy_call = "x.var()"
# torch_call = "x.var()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 3.0, 4.0])
result = {"var": x.var(), "std": x.std()}
print(result)
