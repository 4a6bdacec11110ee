import numpy as np
import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
y = torch.tensor([[0, 1, 1, 0]], dtype=torch.float64).T

np.random.seed(1)
w_hidden = torch.from_numpy(2 * np.random.random((3, 4)) - 1).requires_grad_()
w_output = torch.from_numpy(2 * np.random.random((4, 1)) - 1).requires_grad_()



def forward(w_hidden, w_output):
    return torch.sigmoid(torch.sigmoid(X @ w_hidden) @ w_output)


for _ in range(60_000):
    output = forward(w_hidden, w_output)
    loss = 0.5 * ((y - output) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w_hidden -= w_hidden.grad
        w_output -= w_output.grad
    w_hidden.grad = None
    w_output.grad = None

output = output.detach()
print("output:", output.ravel())
result = {
    "w_hidden": w_hidden.detach(),
    "w_output": w_output.detach(),
    "output": output,
}
