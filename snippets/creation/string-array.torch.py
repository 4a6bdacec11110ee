import numpy as np
import torch

labels = np.array(["cat", "dog", "cat", "bird"])
result = torch.tensor(labels) == "cat"
print(result)
