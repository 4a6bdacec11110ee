import numpy as np
import torch

w = np.array([[0.5, -1.0], [2.0, 0.25]])
torch.save({"w": w}, "ckpt.pt")
result = torch.load("ckpt.pt")["w"]
print(result)
