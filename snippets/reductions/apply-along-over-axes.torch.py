import torch

a = torch.arange(12.0, dtype=torch.float64).reshape(2, 3, 2)


def spread(v):
    return v.max() - v.min()


along = torch.func.vmap(torch.func.vmap(spread, in_dims=1), in_dims=0)(a)
result = {"along": along, "over": a.sum(dim=(0, 2), keepdim=True)}
print(result)
