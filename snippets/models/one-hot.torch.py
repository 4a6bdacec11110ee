import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1])
result = F.one_hot(labels, num_classes=4)
print(result)
