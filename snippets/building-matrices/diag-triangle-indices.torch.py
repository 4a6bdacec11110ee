import torch

a = torch.arange(9).reshape(3, 3)
diag = (torch.arange(3),) * 2
result = {
    "diag_indices": diag,
    "diag_indices_from": a[diag],
    "triu_indices": tuple(torch.triu_indices(3, 3, offset=1)),
    "triu_indices_from": a[tuple(torch.triu_indices(*a.shape))],
    "tril_indices_from": a[tuple(torch.tril_indices(*a.shape, offset=-1))],
    "mask_indices": tuple(torch.triu_indices(3, 3, offset=1)),
}
print(result)
