import torch

x = torch.tensor([0.0, 0.5, 1.0, 2.5], dtype=torch.float64)
result = {"sinc": torch.sinc(x), "i0": torch.i0(x)}
print(result)
