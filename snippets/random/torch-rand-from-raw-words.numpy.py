"""How PyTorch's CPU generator (2.13) turns its MT19937 words into numbers, rebuilt in NumPy from the
same words and compared exactly. A float64 `torch.rand` value joins two consecutive words into 64
bits, the first word high, and keeps the low 53 bits times 2**-53. A float32 `torch.rand` value is
the low 24 bits of one word times 2**-24. `torch.randint(0, 2**31, ...)` returns the low 31 bits of
the second word of each pair, so it uses two words per value. All three agree to the last bit. It
explains [the different floats](#seed-streams-differ); to reproduce NumPy's own numbers in PyTorch,
convert them instead ([the faithful translation](#share-numpy-draws)).
"""
# /// pair
# title = "torch.rand and torch.randint rebuilt from the raw words"
# expect = "equal"
# same_dtype = true
# rtol = 0
# atol = 0
# order = 2
# numpy_call = "(((first << 32) | second) & (2**53 - 1)) * 2.0**-53"
# torch_call = "torch.rand(4, dtype=torch.float64)"
# ///
import numpy as np

# The first eight 32-bit words of MT19937 seeded with 0, exactly as drawn.
words = np.random.RandomState(0).randint(0, 2**32, size=8, dtype=np.uint64)
first, second = words[0::2], words[1::2]
result = {
    "rand float64": (((first << 32) | second) & (2**53 - 1)) * 2.0**-53,
    "rand float32": ((words & (2**24 - 1)) * 2.0**-24).astype(np.float32),
    "randint 2**31": (second & (2**31 - 1)).astype(np.int64),
}
print(result)
