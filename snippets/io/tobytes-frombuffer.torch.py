import torch

a = torch.tensor([1, 256, -1], dtype=torch.int32)
raw = a.numpy().tobytes()
view_bytes = bytes(a.untyped_storage())
back = torch.frombuffer(bytearray(raw), dtype=torch.int32)
print(raw.hex(), back)
result = {"hex": raw.hex(), "data": view_bytes.hex(), "back": back}
