import torch

t = torch.zeros(1, 3)
if t.shape[1] != 1:
    raise ValueError(f"cannot select an axis to squeeze out which has size {t.shape[1]}")
result = torch.squeeze(t, 1)
