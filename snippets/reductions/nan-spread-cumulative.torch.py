import torch

x = torch.tensor(
    [2.0, torch.nan, 4.0, 4.0, torch.nan, 5.0, 7.0, 9.0], dtype=torch.float64
)
nanvar = torch.nanmean((x - torch.nanmean(x)) ** 2)
result = {
    "nanvar": nanvar,
    "nanstd": nanvar.sqrt(),
    "nanquantile": torch.nanquantile(x, torch.tensor([0.25, 0.5], dtype=torch.float64)),
    "nanpercentile": torch.nanquantile(x, 90 / 100),
    "nancumsum": torch.nan_to_num(x, nan=0.0).cumsum(0),
    "nancumprod": torch.nan_to_num(x[:4], nan=1.0).cumprod(0),
}
print(result)
