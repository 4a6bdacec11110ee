import torch

X = torch.tensor(
    [[1.0, 2.0, 4.0, 7.0], [2.0, 1.0, 0.0, 3.0], [5.0, 5.0, 6.0, 1.0]], dtype=torch.float64
)
result = {
    "cov": torch.cov(X),
    "cov bias": torch.cov(X, correction=0),
    "corrcoef": torch.corrcoef(X),
}
print(result)
