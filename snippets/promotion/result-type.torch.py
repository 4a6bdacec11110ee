import torch

i8 = torch.tensor([1], dtype=torch.int8)
u8 = torch.tensor([1], dtype=torch.uint8)
f32 = torch.tensor([1.0], dtype=torch.float32)
result = {
    "int8_uint8": str(torch.result_type(i8, u8)).removeprefix("torch."),
    "dtypes": str(torch.promote_types(torch.int16, torch.float32)).removeprefix("torch."),
    "float32_scalar": str(torch.result_type(f32, 2.0)).removeprefix("torch."),
}
print(result)
