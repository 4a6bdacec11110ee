import torch

t = torch.arange(6).reshape(2, 3)
flags = [x.is_contiguous() for x in (t, t.T, t.T.contiguous())]
print(flags)
result = flags
