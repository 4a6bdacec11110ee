import torch

t = torch.tensor([0.0, 1.5, 100.0])
result = {
    "float": t.float(),
    "double": t.double(),
    "half": t.half(),
    "long": t.long(),
    "int": t.int(),
    "short": t.short(),
    "char": t.char(),
    "byte": t.byte(),
    "bool": t.bool(),
}
for name, value in result.items():
    print(f"{name:7}", value.dtype, value)
