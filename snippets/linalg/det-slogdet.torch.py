import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
S = torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64)
sign, logabsdet = torch.linalg.slogdet(A)
result = {
    "det": torch.linalg.det(A),
    "sign": sign,
    "logabsdet": logabsdet,
    "det_singular": torch.linalg.det(S),
    "slogdet_singular": tuple(torch.linalg.slogdet(S)),
}
print(result)
