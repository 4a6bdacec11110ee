"""`np.random.random_sample`, `np.random.ranf` and `np.random.sample` are all uniform float64 draws
in [0, 1): `torch.rand(n, dtype=torch.float64)`. `np.random.standard_normal(n)` is
`torch.randn(n)`. The deprecated `np.random.random_integers(low, high)` *includes* `high` (and
warns): `torch.randint(low, high + 1, (n,))`. `np.random.bytes(k)` returns `k` random bytes:
`torch.randint(0, 256, (k,), dtype=torch.uint8).numpy().tobytes()`. The pair compares means,
standard deviations and the range of the integer draws, with `rtol = 0.03`, `atol = 0.02`.
"""
# /// pair
# title = "Old spellings: random_sample, ranf, random_integers, bytes"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 20
# numpy_call = "np.random.random_integers(1, 6, n)"
# torch_call = "torch.randint(1, 6 + 1, (n,))"
# ///
import numpy as np

np.random.seed(0)
n = 200_000


def stats(x):
    return x.mean(), x.std()


dice = np.random.random_integers(1, 6, n)
result = {
    "random_sample": stats(np.random.random_sample(n)),
    "ranf": stats(np.random.ranf(n)),
    "sample": stats(np.random.sample(n)),
    "standard_normal": stats(np.random.standard_normal(n)),
    "random_integers": (dice.min(), dice.max(), dice.mean()),
    "bytes": len(np.random.bytes(16)),
}
print(result)
