import gzip
import os

import torch

w = torch.zeros((100, 100), dtype=torch.float64)
w[0] = torch.arange(100)
with gzip.open("ckpt.pt.gz", "wb") as f:
    torch.save({"w": w}, f)
small = os.path.getsize("ckpt.pt.gz") < w.nbytes // 10
with gzip.open("ckpt.pt.gz", "rb") as f:
    result = {"w": torch.load(f)["w"], "small": small}
print(result["small"])
