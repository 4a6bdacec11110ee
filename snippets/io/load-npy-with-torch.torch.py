import numpy as np
import torch

np.save("w.npy", np.array([[0.5, -1.0], [2.0, 0.25]]))
try:
    torch.load("w.npy", weights_only=False)
except Exception as error:
    print("weights_only=False:", type(error).__name__, error)
result = torch.load("w.npy")
print(result)
