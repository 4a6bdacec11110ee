"""`np.random.get_state()` and `set_state()` save and restore the global NumPy generator;
`torch.get_rng_state()` and `torch.set_rng_state()` do the same for PyTorch's global CPU
generator (the state is a `uint8` tensor). Restoring a saved state replays the same draws.
"""
# /// pair
# title = "Saving and restoring the global generator state"
# expect = "equal"
# order = 8
# numpy_call = "np.random.set_state(state)"
# torch_call = "torch.set_rng_state(state)"
# ///
import numpy as np

np.random.seed(0)
state = np.random.get_state()
first = np.random.rand(3)
np.random.set_state(state)
again = np.random.rand(3)
result = bool(np.array_equal(first, again))
print(first, again)
