import numpy as np
import torch

X = torch.tensor([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=torch.float64)
y = torch.tensor([[0, 1, 1, 0]], dtype=torch.float64).T

np.random.seed(1)
w_hidden = torch.from_numpy(2 * np.random.random((3, 4)) - 1).requires_grad_()
w_output = torch.from_numpy(2 * np.random.random((4, 1)) - 1).requires_grad_()



def loss_of(w_hidden, w_output):
    output = torch.sigmoid(torch.sigmoid(X @ w_hidden) @ w_output)
    return 0.5 * ((y - output) ** 2).sum()


loss = loss_of(w_hidden, w_output)
loss.backward()

print("loss:", loss.item())
print("grad w_output:", w_output.grad.ravel())
result = {"w_hidden": w_hidden.grad, "w_output": w_output.grad}
