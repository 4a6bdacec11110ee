import torch


def per_sample_sum(x):
    dims = tuple(range(1, x.ndim))
    return x.sum(dim=dims) if dims else x


one_d = torch.tensor([1.0, 4.0, 9.0], dtype=torch.float64)
two_d = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
result = (per_sample_sum(one_d), per_sample_sum(two_d))
print(result)
