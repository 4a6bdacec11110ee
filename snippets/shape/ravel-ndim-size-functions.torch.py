import torch

x = torch.arange(6).reshape(2, 3)
result = {
    "ravel": torch.ravel(x),
    "ndim": x.ndim,
    "size": x.numel(),
    "size_axis1": x.size(1),
}
print(result)
