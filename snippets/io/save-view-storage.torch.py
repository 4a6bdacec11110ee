import os

import torch

big = torch.zeros(100_000, dtype=torch.float64)
torch.save(big[:10], "row.pt")
loaded = torch.load("row.pt")
print(loaded.shape, os.path.getsize("row.pt"), "bytes on disk")
result = loaded.untyped_storage().nbytes()
print(result, "bytes of data loaded")
