import torch

m = torch.tensor([[4.0, torch.nan, 1.0], [torch.nan, -2.0, 8.0]], dtype=torch.float64)
for_max = torch.where(m.isnan(), -torch.inf, m)
for_min = torch.where(m.isnan(), torch.inf, m)
result = {
    "nanmax_axis1": for_max.amax(dim=1),
    "nanmin": for_min.amin(),
    "nanargmax": for_max.argmax(),
    "nanargmin_axis1": for_min.argmin(dim=1),
    "nanprod_axis0": torch.where(m.isnan(), 1.0, m).prod(dim=0),
}
print(result)
