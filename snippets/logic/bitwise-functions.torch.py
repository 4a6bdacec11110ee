import torch

a = torch.tensor([12, -8, 5], dtype=torch.int16)
b = torch.tensor([10, 3, 1], dtype=torch.int16)
result = {
    "and": torch.bitwise_and(a, b),
    "or": torch.bitwise_or(a, b),
    "xor": torch.bitwise_xor(a, b),
    "invert": torch.bitwise_not(a),
    "not": torch.bitwise_not(a),
    "bitwise_invert": ~a,
    "left_shift": torch.bitwise_left_shift(a, 2),
    "right_shift": torch.bitwise_right_shift(a, 1),
    "bitwise_left_shift": a << b,
    "bitwise_right_shift": a >> b,
}
print(result)
