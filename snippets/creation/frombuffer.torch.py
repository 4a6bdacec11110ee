import torch

buf = bytearray([1, 0, 2, 0, 0, 1, 255, 255])
whole = torch.frombuffer(buf, dtype=torch.uint8)
pairs = torch.frombuffer(buf, dtype=torch.int16, count=3, offset=2)
print(whole)
print(pairs)
result = (whole, pairs)
