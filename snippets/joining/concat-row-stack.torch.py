import torch

a = torch.tensor([[1, 2]])
b = torch.tensor([[3, 4], [5, 6]])
result = {
    "concat": torch.concat([a, b], dim=0),
    "row_stack": torch.vstack([torch.tensor([7, 8]), a]),
}
print(result)
