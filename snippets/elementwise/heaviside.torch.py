import torch

x = torch.tensor([-2.0, 0.0, 3.0], dtype=torch.float64)
for h0 in (0.5, torch.tensor(0.5)):
    try:
        torch.heaviside(x, h0)
    except (TypeError, RuntimeError) as error:
        print(type(error).__name__, error)
result = torch.heaviside(x, torch.tensor(0.5, dtype=x.dtype))
print(result)
