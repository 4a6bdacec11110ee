import torch
import torch.nn.functional as F

probs = torch.tensor([[0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.1, 0.2, 0.7]], dtype=torch.float64)
labels = torch.tensor([0, 1, 1])
result = F.nll_loss(torch.log(probs), labels)
print(result)
