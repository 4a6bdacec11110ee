"""`np.random.default_rng(seed)` creates an independent generator object; PyTorch's counterpart
is `torch.Generator().manual_seed(seed)`, passed to the sampling functions as `generator=`. Two
generators seeded alike repeat each other's draws, and drawing from them does not advance the
global generator, which in this pair is checked against a freshly seeded one.
"""
# /// pair
# title = "Local generators: default_rng and torch.Generator"
# expect = "equal"
# order = 7
# numpy_call = "rng = np.random.default_rng(42); rng.random(3)"
# torch_call = "g = torch.Generator().manual_seed(42); torch.rand(3, generator=g)"
# ///
import numpy as np

np.random.seed(0)
first = np.random.default_rng(42).random(3)
twin = np.random.default_rng(42).random(3)
global_draw = np.random.rand(2)
np.random.seed(0)
result = {
    "twins_agree": bool(np.array_equal(first, twin)),
    "global_untouched": bool(np.array_equal(global_draw, np.random.rand(2))),
}
print(first, result)
