import torch

result = {
    "float32 eps": torch.finfo(torch.float32).eps,
    "float32 max": torch.finfo(torch.float32).max,
    "float16 tiny": torch.finfo(torch.float16).tiny,
    "float64 eps": torch.finfo(torch.float64).eps,
    "int8 min": torch.iinfo(torch.int8).min,
    "uint8 max": torch.iinfo(torch.uint8).max,
    "int64 max": torch.iinfo(torch.int64).max,
}
for name, value in result.items():
    print(f"{name:13}", value)
print("bfloat16 eps", torch.finfo(torch.bfloat16).eps)
