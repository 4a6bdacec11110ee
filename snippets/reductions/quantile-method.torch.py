import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=torch.float64)
q = torch.tensor([0.1, 0.3, 0.5, 0.7], dtype=torch.float64)
result = {
    m: torch.quantile(x, q, interpolation=m)
    for m in ["linear", "lower", "higher", "nearest", "midpoint"]
}
print(result)
