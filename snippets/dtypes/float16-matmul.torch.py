import torch

a = torch.tensor([[1.001, 3.14159], [70000.0, 0.1]])
w = torch.tensor([[1.0, 0.5], [0.25, 1.0]])
result = a.half() @ w.half()
with torch.autocast("cpu", dtype=torch.float16):
    assert torch.equal(a @ w, result)
with torch.autocast("cpu"):
    print("autocast without dtype:", (a @ w).dtype)
print(result, result.dtype)
