import torch

x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0], dtype=torch.float64)
result = {
    "sigmoid": torch.sigmoid(x),
    "tanh": torch.tanh(x),
    "relu": torch.relu(x),
}
for name, value in result.items():
    print(f"{name:8}", value.round(decimals=4))
