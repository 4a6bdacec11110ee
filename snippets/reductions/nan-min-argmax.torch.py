import torch

x = torch.tensor([[4.0, torch.nan, 1.0], [torch.nan, 2.0, 8.0]], dtype=torch.float64)
for_min = torch.where(x.isnan(), torch.inf, x)
for_max = torch.where(x.isnan(), -torch.inf, x)
result = {
    "nanmin": for_min.amin(),
    "nanmin_axis1": for_min.amin(dim=1),
    "nanargmax": for_max.argmax(),
    "nanargmin_axis1": for_min.argmin(dim=1),
    "nanprod": torch.nan_to_num(x, nan=1.0).prod(dim=0),
}
print(result)
