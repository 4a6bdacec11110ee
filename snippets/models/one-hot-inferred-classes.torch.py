import torch
import torch.nn.functional as F

labels = torch.tensor([0, 2, 1])
result = F.one_hot(labels)
print(result.shape)
print(result)
