import torch

t = torch.arange(6.0, dtype=torch.float64).reshape(2, 3)
result = {
    "sum": t.sum(axis=0, keepdims=True),
    "mean": torch.mean(t, axis=1, keepdims=True),
    "amax": torch.amax(t, axis=0, keepdims=True),
    "any": torch.any(t > 4, axis=1, keepdims=True),
    "argmax": torch.argmax(t, axis=1),
    "cumsum": torch.cumsum(t, axis=0),
    "prod": torch.prod(t, axis=1, keepdims=True),
}
print(result)
