import torch

result = {
    "half": torch.half, "float": torch.float, "double": torch.double,
    "short": torch.short, "int": torch.int, "long": torch.long,
    "cfloat": torch.cfloat, "cdouble": torch.cdouble,
}
for alias, kind in result.items():
    print(f"{alias:8}", kind)
