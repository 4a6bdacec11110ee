import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.0]], dtype=torch.float64)
labels = torch.tensor([0, 1, 1])
result = F.cross_entropy(logits, labels)
print(result)
