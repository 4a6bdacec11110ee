import torch

start, end, steps = 2, 3, 5
points = torch.linspace(start, end, steps, dtype=torch.float64)
step = (end - start) / (steps - 1)
print(points, step)
result = (points, step)
