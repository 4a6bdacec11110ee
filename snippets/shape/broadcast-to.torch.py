import torch

t = torch.tensor([1, 2, 3])
wide = t.expand(2, 3)
column = t[:, None].expand(-1, 4)
assert torch.equal(wide, torch.broadcast_to(t, (2, 3)))
print(wide.stride(), column.stride())
result = (wide, column)
