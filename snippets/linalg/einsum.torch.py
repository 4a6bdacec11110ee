import torch

x = torch.arange(12.0, dtype=torch.float64).reshape(2, 2, 3)
y = torch.arange(18.0, dtype=torch.float64).reshape(2, 3, 3)
result = {
    "batched_matmul": torch.einsum("bij,bjk->bik", x, y),
    "trace_each": torch.einsum("bii->b", y),
    "transpose": torch.einsum("bij->bji", x),
    "total": torch.einsum("bij->", x),
}
print(result["trace_each"], result["total"])
