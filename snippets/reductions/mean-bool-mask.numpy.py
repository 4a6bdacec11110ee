"""The accuracy idiom: compare predictions with labels and take the mean of the boolean result.
NumPy counts `True` as 1 and returns a float64 fraction. `torch.mean` refuses a boolean tensor
(it cannot infer a floating-point output dtype), so the ported line raises
{{reductions/mean-bool-mask torch.error}}. Convert the mask first, as in [the faithful
translation](#mean-bool-mask-double).
"""
# /// pair
# title = "Accuracy as the mean of a boolean mask"
# expect = "differs"
# difference = "torch.mean of a boolean tensor raises; NumPy averages True as 1"
# fix = "reductions/mean-bool-mask-double"
# see = ["reductions/mean-int"]
# order = 8
# numpy_call = "(pred == labels).mean()"
# torch_call = "(pred == labels).mean()"
# ///
import numpy as np

pred = np.array([1, 0, 2, 2, 1])
labels = np.array([1, 1, 2, 0, 1])
result = (pred == labels).mean()
print(result)
