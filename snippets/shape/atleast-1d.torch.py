import torch

result = {
    "scalar": torch.atleast_1d(torch.tensor(5.0, dtype=torch.float64)),
    "matrix": torch.atleast_1d(torch.ones((2, 2), dtype=torch.float64)),
    "several": torch.atleast_1d(torch.tensor(1), torch.tensor([2, 3])),
}
print(result)
