import json

import torch

x = torch.tensor([1.5, 2.5, 3.0], dtype=torch.float64)
result = json.dumps({"loss": x.mean().item()})
print(result)
