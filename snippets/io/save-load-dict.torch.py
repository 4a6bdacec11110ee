import torch

w = torch.tensor([[0.5, -1.0], [2.0, 0.25]], dtype=torch.float64)
b = torch.tensor([0.1, 0.2], dtype=torch.float64)
torch.save({"w": w, "b": b}, "ckpt.pt")
loaded = torch.load("ckpt.pt")
print(list(loaded))
result = {"w": loaded["w"], "b": loaded["b"]}
print(result)
