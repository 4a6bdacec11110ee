import torch

torch.manual_seed(0)
n = 200_000
f64 = torch.float64


def stats(x):
    return x.mean(), x.std()


dice = torch.randint(1, 6 + 1, (n,))
result = {
    "random_sample": stats(torch.rand(n, dtype=f64)),
    "ranf": stats(torch.rand(n, dtype=f64)),
    "sample": stats(torch.rand(n, dtype=f64)),
    "standard_normal": stats(torch.randn(n, dtype=f64)),
    "random_integers": (dice.min(), dice.max(), dice.to(f64).mean()),
    "bytes": len(torch.randint(0, 256, (16,), dtype=torch.uint8).numpy().tobytes()),
}
print(result)
