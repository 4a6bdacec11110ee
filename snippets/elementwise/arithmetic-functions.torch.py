import torch

a = torch.tensor([7.0, -7.0, 2.5], dtype=torch.float64)
b = torch.tensor([2.0, 2.0, -0.5], dtype=torch.float64)
result = {
    "subtract": torch.sub(a, b),
    "divide": torch.div(a, b),
    "true_divide": torch.true_divide(a, b),
    "floor_divide": torch.floor_divide(a, b),
    "mod": torch.remainder(a, b),
    "negative": torch.neg(a),
    "positive": torch.positive(a),
    "absolute": torch.abs(a),
    "fabs": torch.abs(a),
    "pow": torch.pow(a, 2),
    "float_power": torch.float_power(torch.tensor([2, 3]), -1),
}
print(result)
