import torch

t = torch.tensor([200, 7], dtype=torch.uint8)
try:
    t[0] = 300
except RuntimeError as error:
    print("t[0] = 300:", error)
t[1] = -1
result = t
print(result)
