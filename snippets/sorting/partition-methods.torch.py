import torch

x = torch.tensor([9.0, 1.0, 7.0, 3.0, 8.0, 2.0], dtype=torch.float64)
values, idx = torch.topk(x, 3, largest=False)
result = {
    "pivot": torch.kthvalue(x, 3).values,
    "smallest": values,
    "smallest_by_index": torch.sort(x[idx]).values,
}
print(result)
