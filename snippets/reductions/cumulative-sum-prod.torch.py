import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
zero = torch.zeros(1, dtype=x.dtype)
result = {
    "cumulative_sum": torch.cumsum(x, dim=1),
    "with_initial": torch.cat([zero, torch.cumsum(x[0], dim=0)]),
    "cumulative_prod": torch.cumprod(x, dim=0),
    "cumsum_method": x.cumsum(dim=0),
    "cumprod_method": x.cumprod(dim=1),
}
print(result)
