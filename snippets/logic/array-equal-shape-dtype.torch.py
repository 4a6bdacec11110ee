import torch

a = torch.tensor([1, 2, 3])
result = {
    "same": torch.equal(a, torch.tensor([1, 2, 3])),
    "other_shape": torch.equal(a, torch.tensor([[1, 2, 3]])),
    "other_dtype": torch.equal(a, torch.tensor([1.0, 2.0, 3.0])),
    "other_value": torch.equal(a, torch.tensor([1, 2, 4])),
}
print(result)
