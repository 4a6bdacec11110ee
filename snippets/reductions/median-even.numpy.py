"""For an even number of elements, `np.median` averages the two middle values. `torch.median`
returns the lower of the two, an element of the input: {{reductions/median-even torch.result}}
instead of {{reductions/median-even numpy.result}} for `[1, 2, 3, 4]`. `torch.nanmedian` behaves the
same way. [The faithful translation](#median-even-quantile) gets NumPy's median from
`torch.quantile`.
"""
# /// pair
# title = "Median of an even-length input: average or lower middle"
# expect = "differs"
# difference = "torch.median returns the lower middle value"
# order = 13
# see = ["reductions/median-even-quantile"]
# fix = "reductions/median-even-quantile"
# numpy_call = "np.median(x)"
# torch_call = "torch.median(x)"
# ///
import numpy as np

x = np.array([4.0, 1.0, 3.0, 2.0])
result = np.median(x)
print(result)
