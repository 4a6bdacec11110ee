import torch

a = torch.arange(24.0, dtype=torch.float64).reshape(2, 3, 4)
m = torch.arange(6.0, dtype=torch.float64).reshape(2, 3)
u = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
w = torch.tensor([0.0, 1.0, -1.0], dtype=torch.float64)
result = {
    "matmul": torch.linalg.matmul(m, m.T),
    "outer": torch.outer(u, w),
    "tensordot": torch.tensordot(a, m, dims=([0, 1], [0, 1])),
    "trace": torch.linalg.diagonal(a, offset=1).sum(-1),
    "diagonal": torch.linalg.diagonal(a),
    "vecdot": torch.linalg.vecdot(u, w),
    "cross": torch.linalg.cross(u, w),
}
print(result)
