import torch

a = torch.arange(6.0, dtype=torch.float64)
mask = a % 2 == 1
src = torch.full((6,), -1.0, dtype=torch.float64)

copied = a.clone()
copied.copy_(torch.where(mask, src, copied))
masked = torch.where(mask, 100 + a, a)
placed = a.clone()
placed.masked_scatter_(mask, torch.tensor([10.0, 20.0, 30.0], dtype=torch.float64))
whole = torch.zeros((2, 3), dtype=torch.float64)
whole.copy_(torch.tensor([1.0, 2.0, 3.0]))
result = {"copyto": copied, "putmask": masked, "place": placed, "broadcast": whole}
print(result)
