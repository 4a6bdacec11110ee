import numpy as np
import torch
from torch import nn


class ThreeLayer(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(3, 4, bias=False, dtype=torch.float64)
        self.output = nn.Linear(4, 1, bias=False, dtype=torch.float64)

    def forward(self, x):
        return torch.sigmoid(self.output(torch.sigmoid(self.hidden(x))))


X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
y = torch.tensor([[0, 1, 1, 0]], dtype=torch.float64).T

model = ThreeLayer()
np.random.seed(1)
with torch.no_grad():
    model.hidden.weight.copy_(torch.from_numpy(2 * np.random.random((3, 4)) - 1).T)
    model.output.weight.copy_(torch.from_numpy(2 * np.random.random((4, 1)) - 1).T)

loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=2.0)
for _ in range(60_000):
    optimizer.zero_grad()
    output = model(X)
    loss = loss_fn(output, y)
    loss.backward()
    optimizer.step()

output = output.detach()
print("output:", output.ravel())
result = {
    "w_hidden": model.hidden.weight.detach().T,
    "w_output": model.output.weight.detach().T,
    "output": output,
}
