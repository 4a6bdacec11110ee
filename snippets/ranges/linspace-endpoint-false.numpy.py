"""`torch.linspace` always includes the end point; it has no `endpoint` argument. For
`endpoint=False`, ask for one more point and drop the last: `num` points from `start` towards
`stop` with spacing `(stop - start) / num`.
"""
# /// pair
# title = "linspace without the end point"
# expect = "equal"
# same_dtype = true
# order = 17
# numpy_call = "np.linspace(0, 1, 5, endpoint=False)"
# torch_call = "torch.linspace(0, 1, 6, dtype=torch.float64)[:-1]"
# ///
import numpy as np

result = np.linspace(0, 1, 5, endpoint=False)
print(result)
