import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])
result = {
    "zeros_like": torch.zeros_like(a),
    "ones_like": torch.ones_like(a, dtype=torch.float32),
    "full_like": torch.full_like(a, 2.7),
}
for name, tensor in result.items():
    print(name, tensor.dtype, tensor.tolist())
