import torch

t = torch.tensor([7, 8, 9])
rows = torch.tensor([[1, 2], [3, 4]])
per_element = t.repeat_interleave(torch.tensor([2, 0, 3]))
per_row = rows.repeat_interleave(torch.tensor([1, 3]), dim=0)
print(per_element)
print(per_row)
result = (per_element, per_row)
