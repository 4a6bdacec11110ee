"""The same training run in single precision. NumPy stays in float64; the PyTorch side converts
the NumPy-drawn weights and the data with `.float()`, which is what a port gets by default:
`torch.tensor` of Python floats and `nn.Linear` without a `dtype` both make float32.

After 60,000 iterations the float32 run has drifted measurably from the float64 one, yet it
has trained the same network: the weights differ by up to about 5e-4 (about 1e-4 relative to
their size) and the outputs by about 1e-6. This pair states that as its tolerance (relative 1e-3,
absolute 1e-5); at the default tolerance (1e-5, 1e-6) it does not hold.
"""
# /// pair
# title = "The three-layer network in float32"
# expect = "equal"
# rtol = 1e-3
# atol = 1e-5
# order = 20
# timeout = 120
# see = ["walkthrough/three-layer-network"]
# numpy_call = "w_hidden  # float64"
# torch_call = "torch.from_numpy(w_hidden).float()  # float32"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T

np.random.seed(1)
w_hidden = 2 * np.random.random((3, 4)) - 1
w_output = 2 * np.random.random((4, 1)) - 1

for _ in range(60_000):
    hidden = 1 / (1 + np.exp(-(X @ w_hidden)))
    output = 1 / (1 + np.exp(-(hidden @ w_output)))
    error = y - output
    output_delta = error * output * (1 - output)
    hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
    w_output += hidden.T @ output_delta
    w_hidden += X.T @ hidden_delta

print("output:", output.ravel())
print("w_output:", w_output.ravel())
result = {"w_hidden": w_hidden, "w_output": w_output, "output": output}
