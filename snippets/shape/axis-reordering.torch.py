import torch

x = torch.arange(24).reshape(2, 3, 4)
result = {
    "swapaxes": x.swapaxes(0, 2),
    "transpose": x.permute(1, 2, 0),
    "permute_dims": torch.permute(x, (2, 0, 1)),
    "rollaxis": torch.movedim(x, 2, 0),
    "matrix_transpose": x.mT,
}
print({k: v.shape for k, v in result.items()})
