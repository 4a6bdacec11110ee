import numpy as np
import torch

S = torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64)
try:
    result = torch.linalg.inv(S)
except np.linalg.LinAlgError as error:
    print(type(error).__mro__)
    result = "caught"
