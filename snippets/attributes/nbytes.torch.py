import torch

t = torch.zeros(4, 5, dtype=torch.float32)
print(t.nbytes, t[:2].nbytes, t.numel() * t.element_size())
result = (t.nbytes, t[:2].nbytes)
