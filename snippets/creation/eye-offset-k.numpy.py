"""`np.eye` can put its ones on another diagonal with `k`. `torch.eye` takes only the two sizes, so
`torch.eye(3, 4, k=1)` raises {{creation/eye-offset-k torch.error}}. Build the shifted diagonal from
a matrix of ones by keeping one band, as in [the faithful translation](#eye-offset-band).
"""
# /// pair
# title = "A shifted identity: np.eye(..., k=1)"
# expect = "differs"
# difference = "torch.eye has no k argument: TypeError"
# order = 12
# see = ["creation/eye-offset-band"]
# fix = "creation/eye-offset-band"
# numpy_call = "np.eye(3, 4, k=1)"
# torch_call = "torch.eye(3, 4, k=1)  # TypeError"
# ///
import numpy as np

result = np.eye(3, 4, k=1)
print(result)
