"""Both generators are MT19937 seeded the same way, and the shared stream shows through integer draws
over a power-of-two range: after seeding with 0, `np.random.randint(0, 2**16, size=8)` and
`torch.randint(0, 2**16, (8,))` return the same eight int64 values, compared here exactly. The
NumPy side also prints the first eight raw words (`randint(0, 2**32, dtype=np.uint64)` returns them
unchanged) and their low 16 bits, which are the draws on both sides. This is a property of the two
implementations, not a promise: other ranges and distributions use the words differently (see [the
same seed gives different floats](#seed-streams-differ)).
"""
# /// pair
# title = "The same seed gives the same 32-bit words"
# expect = "equal"
# same_dtype = true
# rtol = 0
# atol = 0
# order = 1
# numpy_call = "np.random.seed(0); np.random.randint(0, 2**16, size=8)"
# torch_call = "torch.manual_seed(0); torch.randint(0, 2**16, (8,))"
# ///
import numpy as np

np.random.seed(0)
result = np.random.randint(0, 2**16, size=8)
print(result)

words = np.random.RandomState(0).randint(0, 2**32, size=8, dtype=np.uint64)
print(words)
print(words % 2**16)
