import torch

t = torch.arange(6).reshape(2, 3)
result = t.T.reshape(-1)
print(result)
print("shares memory:", result.untyped_storage().data_ptr() == t.untyped_storage().data_ptr())
