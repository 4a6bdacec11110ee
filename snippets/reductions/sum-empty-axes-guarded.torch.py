import torch

result = []
for x in (
    torch.tensor([1.0, 4.0, 9.0], dtype=torch.float64),
    torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64),
):
    dims = tuple(range(1, x.ndim))
    result.append(x.sum(dim=dims) if dims else x)
print(result)
