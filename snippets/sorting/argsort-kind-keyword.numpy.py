"""NumPy chooses the sorting algorithm with `kind=`, and `kind="stable"` is how NumPy code asks for
ties to keep their input order. PyTorch has no `kind` argument: the call raises
{{sorting/argsort-kind-keyword torch.error}} listing the accepted signatures, which take
`stable=True` instead, as in [the faithful translation](#argsort-stable).
"""
# /// pair
# title = "argsort(kind='stable'): PyTorch's keyword is stable=True"
# expect = "differs"
# difference = "torch.argsort has no kind argument: TypeError"
# see = ["sorting/argsort-stable"]
# fix = "sorting/argsort-stable"
# order = 9
# numpy_call = "np.argsort(keys, kind='stable')"
# torch_call = "torch.argsort(keys, kind='stable')"
# ///
import numpy as np

keys = np.array([2, 1, 0, 1, 2])
result = np.argsort(keys, kind="stable")
print(result)
