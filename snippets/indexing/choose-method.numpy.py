"""`idx.choose(choices)` (like `np.choose`) picks, at each position, the element of
`choices[idx[i]]`. In PyTorch, stack the choices and `torch.gather` along the new first dimension;
for two choices `torch.where` is simpler.
"""
# /// pair
# title = "Choosing among arrays: the choose method"
# expect = "equal"
# same_dtype = true
# order = 33
# numpy_call = "idx.choose(choices)"
# torch_call = "torch.gather(torch.stack(choices), 0, idx[None])[0]"
# ///
import numpy as np

idx = np.array([0, 2, 1, 0])
choices = [
    np.array([1, 2, 3, 4]),
    np.array([10, 20, 30, 40]),
    np.array([100, 200, 300, 400]),
]
result = idx.choose(choices)
print(result)
