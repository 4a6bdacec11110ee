"""`np.random.seed(0)` and `torch.manual_seed(0)` start the same generator: NumPy's legacy generator
and PyTorch's CPU generator are both MT19937, seeded the same way, and they produce the same stream
of 32-bit words ([the raw words pair](#seed-same-raw-words) shows it). The floats still differ,
even in float64, because the libraries turn the words into floats differently. NumPy's `rand` takes
two consecutive words and keeps the high 27 bits of the first and the high 26 bits of the second
(the NumPy side checks that on the same words); PyTorch's float64 `rand` joins the same two words
into one 64-bit number and keeps its low 53 bits, as [rebuilt in
NumPy](#torch-rand-from-raw-words). Seeding alike is therefore no way to get identical data in both
libraries; draw the data once and share it, as in [the faithful translation](#share-numpy-draws).
"""
# /// pair
# title = "The same seed gives different floats"
# expect = "differs"
# difference = "from the same MT19937 words, NumPy and PyTorch build different floats"
# see = ["random/seed-same-raw-words", "random/torch-rand-from-raw-words", "random/share-numpy-draws"]
# fix = "random/share-numpy-draws"
# order = 1
# numpy_call = "np.random.seed(0); np.random.rand(4)"
# torch_call = "torch.manual_seed(0); torch.rand(4, dtype=torch.float64)"
# ///
import numpy as np

np.random.seed(0)
result = np.random.rand(4)
print(result)

# The first eight 32-bit words after seeding with 0, as the generator produced them.
words = np.random.RandomState(0).randint(0, 2**32, size=8, dtype=np.uint64)
first, second = words[0::2], words[1::2]
assert np.array_equal(result, ((first >> 5) * 2**26 + (second >> 6)) / 2**53)
