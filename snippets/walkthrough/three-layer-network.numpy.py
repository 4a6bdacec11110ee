"""A hidden layer of four sigmoid units between the three inputs and the output lets the network
learn the targets `[0, 1, 1, 0]`: the exclusive or of the first two input columns, which no
single layer of weights can represent. The weights come from NumPy's legacy generator seeded with
1, first the 3×4 hidden weights, then the 4×1 output weights, each uniform in [-1, 1). Every
10,000 iterations the script prints the mean absolute error of the output.

The PyTorch port is the same program in float64 tensors. It starts from the NumPy-drawn weights
through `torch.from_numpy`, so both runs follow the same path: the recorded errors, the trained
weights and the outputs differ by at most {{walkthrough/three-layer-network max_abs_diff}},
rounding in the last bits.
"""
# /// pair
# title = "A three-layer network: the same backpropagation, line for line"
# expect = "equal"
# same_dtype = true
# rtol = 1e-10
# atol = 1e-12
# order = 15
# timeout = 300
# see = ["walkthrough/network-training"]
# numpy_call = "w_hidden = 2 * np.random.random((3, 4)) - 1"
# torch_call = "w_hidden = torch.from_numpy(2 * np.random.random((3, 4)) - 1)"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 1, 1, 0]], dtype=np.float64).T

np.random.seed(1)
w_hidden = 2 * np.random.random((3, 4)) - 1
w_output = 2 * np.random.random((4, 1)) - 1

errors = []
for step in range(60_000):
    hidden = 1 / (1 + np.exp(-(X @ w_hidden)))
    output = 1 / (1 + np.exp(-(hidden @ w_output)))
    error = y - output
    if step % 10_000 == 0:
        mae = np.mean(np.abs(error))
        errors.append(float(mae))
        print(f"step {step:>6}: mean absolute error {mae:.10f}")
    output_delta = error * output * (1 - output)
    hidden_delta = (output_delta @ w_output.T) * hidden * (1 - hidden)
    w_output += hidden.T @ output_delta
    w_hidden += X.T @ hidden_delta

print("output:", output.ravel())
result = {"w_hidden": w_hidden, "w_output": w_output, "output": output.ravel(), "errors": errors}
