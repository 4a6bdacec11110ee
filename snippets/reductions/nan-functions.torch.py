import torch

x = torch.tensor([1.0, float("nan"), 3.0, 8.0, float("nan")], dtype=torch.float64)
result = {
    "nansum": torch.nansum(x),
    "nanmean": torch.nanmean(x),
    "nanmedian": torch.nanmedian(x),
}
print(result)
