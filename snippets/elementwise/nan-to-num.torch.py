import torch

x = torch.tensor([1.0, torch.nan, torch.inf, -torch.inf], dtype=torch.float64)
result = {
    "defaults": torch.nan_to_num(x),
    "chosen": torch.nan_to_num(x, nan=-1.0, posinf=1e6, neginf=-1e6),
}
print(result)
