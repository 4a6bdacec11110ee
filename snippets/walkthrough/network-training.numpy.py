"""The classic smallest network: three inputs, one sigmoid output, trained by plain
backpropagation on the targets `[0, 0, 1, 1]` (the output should learn to copy the first input
column). The initial weights come from NumPy's legacy generator seeded with 1, uniform in
[-1, 1): these are the weights used in the matrix products above.

The PyTorch port keeps the same algorithm, in float64, and starts from the same initial
weights, converted with `torch.from_numpy`; the two libraries' random floats differ, so the
weights must be shared rather than re-drawn. After 10,000 updates both hold the same weights.
"""
# /// pair
# title = "A two-layer network trained by backpropagation"
# expect = "equal"
# same_dtype = true
# order = 14
# numpy_call = "weights += X.T @ delta"
# torch_call = "weights += X.T @ delta  # float64 tensors"
# ///
import numpy as np

X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=np.float64)
y = np.array([[0, 0, 1, 1]], dtype=np.float64).T

np.random.seed(1)
weights = 2 * np.random.random((3, 1)) - 1
print("initial weights:", weights.ravel())

for _ in range(10_000):
    output = 1 / (1 + np.exp(-(X @ weights)))
    error = y - output
    delta = error * output * (1 - output)
    weights += X.T @ delta

print("trained weights:", weights.ravel())
print("output:", output.ravel())
result = {"weights": weights, "output": output.ravel()}
