"""With replacement, `np.random.choice(k, n, p=p)` becomes
`torch.multinomial(p, n, replacement=True)`. `multinomial` takes the weights as a tensor that need
not sum to 1 and returns `int64` indices; give it float64 weights, and divide the counts as
float64, to keep NumPy's dtype (an int64 count divided by an int is float32 in PyTorch). Over
100,000 draws the observed frequencies match the weights 0.2, 0.5 and 0.3 within `atol = 0.01`:
each frequency has a standard error of at most 0.0016, so the difference between the two sides
stays far inside it.
"""
# /// pair
# title = "Weighted sampling with replacement: choice(p=...) and multinomial"
# expect = "equal"
# atol = 0.01
# same_dtype = true
# order = 14
# numpy_call = "np.random.choice(3, n, p=p)"
# torch_call = "torch.multinomial(p, n, replacement=True)"
# ///
import numpy as np

np.random.seed(0)
n = 100_000
p = np.array([0.2, 0.5, 0.3])
draws = np.random.choice(3, n, p=p)
result = np.bincount(draws, minlength=3) / draws.size
print(draws[:10], result)
