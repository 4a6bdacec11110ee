import torch

a = torch.arange(6).reshape(2, 3)
taken = torch.take(a, torch.tensor([0, 4]))
columns = a.index_select(1, torch.tensor([2, 0]))
a.put_(torch.tensor([1, 5]), torch.tensor([-1, -2]))
result = {"taken": taken, "columns": columns, "put": a}
print(result)
