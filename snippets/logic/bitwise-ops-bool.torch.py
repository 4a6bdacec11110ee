import torch

x = torch.tensor([-1, 0, 2, 3, 6])
p = x > 0
q = x < 5
result = {"and": p & q, "or": p | q, "xor": p ^ q, "not": ~p, "mixed": (x > 0) & ~(x == 3)}
print(result)
