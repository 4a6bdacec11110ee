import torch

a = torch.tensor([12, 10, 7])
b = torch.tensor([10, 6, 1])
mask = torch.tensor([1, 0, 1])
result = {"and": a & b, "or": a | b, "xor": a ^ b}
result["not_int_mask"] = ~mask
result["not_bool_mask"] = ~mask.bool()
print(result)
