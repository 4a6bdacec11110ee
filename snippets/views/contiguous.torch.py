import torch

a = torch.arange(6).reshape(2, 3)
before = a.T.is_contiguous()
after = a.T.contiguous().is_contiguous()
unchanged = a.contiguous() is a
result = (before, after, unchanged)
print(before, after, unchanged)
