import torch

i8 = torch.tensor([1], dtype=torch.int8)
u8 = torch.tensor([1], dtype=torch.uint8)
f32 = torch.tensor([1.0], dtype=torch.float32)


def name(dtype):
    return str(dtype).removeprefix("torch.")


result = {
    "int8_uint8": name(torch.result_type(i8, u8)),
    "dtypes": name(torch.promote_types(torch.int16, torch.float32)),
    "float32_scalar": name(torch.result_type(f32, 2.0)),
}
print(result)
