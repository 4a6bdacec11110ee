"""The maximum of an empty array has no value: NumPy raises `ValueError`, and code often catches it
to supply a default. PyTorch raises {{reductions/max-empty-except torch.error}} (its message is in
the traceback below), which the ported `except ValueError:` does not catch, so the error escapes.
Test for emptiness instead, as in [the faithful translation](#max-empty-guarded).
"""
# /// pair
# title = "max of an empty array under except ValueError"
# expect = "differs"
# difference = "torch raises {{reductions/max-empty-except torch.error}} for the max of an empty tensor, which except ValueError misses"
# see = ["reductions/max-empty-guarded"]
# fix = "reductions/max-empty-guarded"
# order = 22
# numpy_call = "try: x.max() except ValueError: ..."
# torch_call = "try: x.max() except ValueError: ..."
# ///
import numpy as np

result = []
for x in (np.array([3.0, 7.0]), np.array([])):
    try:
        result.append(x.max())
    except ValueError:
        result.append(-np.inf)
print(result)
