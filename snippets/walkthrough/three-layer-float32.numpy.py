"""The same training run in single precision. NumPy stays in float64; the PyTorch side converts
the NumPy-drawn weights and the data with `.float()`, which is what a port gets by default:
`torch.tensor` of Python floats and `nn.Linear` without a `dtype` both make float32.

After 60,000 iterations the float32 run has drifted from the float64 one, yet it has trained the
same network: the hidden weights differ by up to {{walkthrough/three-layer-float32 max_abs_diff['w_hidden']}},
the output weights by up to {{walkthrough/three-layer-float32 max_abs_diff['w_output']}}
({{walkthrough/three-layer-float32 max_rel_diff['w_output']}} relative to their size), the outputs by
up to {{walkthrough/three-layer-float32 max_abs_diff['output']}}. That is beyond the reference's
default tolerance (relative {{walkthrough/three-layer-float32 rtol}}, absolute
{{walkthrough/three-layer-float32 atol}}), so the build reports a difference: a port that must
match its NumPy original keeps float64, as [the float64 run](#three-layer-network) does.
"""
# /// pair
# title = "The three-layer network in float32 drifts from float64"
# expect = "differs"
# difference = "trained in float32, the weights end up to {{walkthrough/three-layer-float32 max_abs_diff}} away from NumPy's float64 run"
# fix = "walkthrough/three-layer-network"
# order = 20
# timeout = 300
# see = ["walkthrough/three-layer-network"]
# numpy_call = "w_hidden = 2 * np.random.random((3, 4)) - 1"
# torch_call = "w_hidden = torch.from_numpy(2 * np.random.random((3, 4)) - 1).float()"
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
result = {"w_hidden": w_hidden, "w_output": w_output, "output": output.ravel()}
