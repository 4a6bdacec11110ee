import itertools

import torch

squares = torch.tensor(list(i * i for i in range(6)), dtype=torch.int64)
first = torch.tensor(list(itertools.islice(itertools.count(10), 3)), dtype=torch.int64)
print(squares, first)
result = {"squares": squares, "first": first}
