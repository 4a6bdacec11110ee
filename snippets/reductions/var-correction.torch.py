import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
result = {
    "var": x.var(correction=0),
    "std": x.std(correction=0),
    "sample var": x.var(),
    "sample std": x.std(),
}
print(result)
