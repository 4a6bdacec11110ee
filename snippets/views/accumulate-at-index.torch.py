import torch

a = torch.zeros(4, dtype=torch.int64)
idx = torch.tensor([0, 0, 1])
a.index_put_((idx,), torch.tensor(1), accumulate=True)
result = a
print(result)
