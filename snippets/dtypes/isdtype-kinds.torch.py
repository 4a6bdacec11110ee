import torch

dtypes = [torch.float32, torch.complex64, torch.int8, torch.uint8, torch.bool]


def integral(d):
    return not d.is_floating_point and not d.is_complex and d != torch.bool


result = {
    "real floating": [d.is_floating_point for d in dtypes],
    "complex floating": [d.is_complex for d in dtypes],
    "integral": [integral(d) for d in dtypes],
    "signed integer": [integral(d) and d.is_signed for d in dtypes],
    "bool": [d == torch.bool for d in dtypes],
    "issubdtype floating": [torch.zeros(1, dtype=d).is_floating_point() for d in dtypes],
    "kind c": [torch.zeros(1, dtype=d).is_complex() for d in dtypes],
}
print(result)
