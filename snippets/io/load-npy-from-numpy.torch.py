import numpy as np
import torch

np.save("w.npy", np.array([[0.5, -1.0], [2.0, 0.25]]))
result = torch.from_numpy(np.load("w.npy"))
print(result)
