import torch

y = torch.tensor([1.0, 2.0, 4.0, 7.0, 11.0], dtype=torch.float64)
try:
    torch.gradient(y, 0.5)
except TypeError as error:
    print("positional spacing:", type(error).__name__)
result = torch.gradient(y, spacing=0.5)
print(type(result).__name__, result)
