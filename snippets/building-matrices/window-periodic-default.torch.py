import torch

result = torch.hann_window(5, dtype=torch.float64)
print(result)
