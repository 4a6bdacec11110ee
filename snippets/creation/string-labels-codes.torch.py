import numpy as np
import torch

labels = np.array(["cat", "dog", "cat", "bird"])
names, codes = np.unique(labels, return_inverse=True)
t = torch.from_numpy(codes)
result = t == names.tolist().index("cat")
print(names, t)
print(result)
