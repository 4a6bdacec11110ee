"""`np.repeat` also takes one count per element (or per slice along the axis). With
`repeat_interleave` the counts are passed as a tensor; a count of 0 drops the element in
both libraries.
"""
# /// pair
# title = "A different count per element"
# expect = "equal"
# order = 19
# numpy_call = "np.repeat(a, [2, 0, 3])"
# torch_call = "t.repeat_interleave(torch.tensor([2, 0, 3]))"
# ///
import numpy as np

a = np.array([7, 8, 9])
rows = np.array([[1, 2], [3, 4]])
per_element = np.repeat(a, [2, 0, 3])
per_row = np.repeat(rows, [1, 3], axis=0)
print(per_element)
print(per_row)
result = (per_element, per_row)
