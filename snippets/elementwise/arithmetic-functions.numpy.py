"""Every arithmetic operator has a named function. The PyTorch names differ in places:
`np.subtract` is `torch.sub` (or `torch.subtract`), `np.divide` and `np.true_divide` are
`torch.div`/`torch.true_divide`, `np.mod` is `torch.remainder` (the sign follows the divisor, as
`%` does; `torch.fmod` follows the dividend), `np.negative` is `torch.neg`, and `np.absolute` and
`np.fabs` are `torch.abs`. `np.float_power` computes in float64 and so does `torch.float_power`.
`np.pow` and `np.positive` keep their names.
"""
# /// pair
# title = "Arithmetic by name: subtract, divide, floor_divide, mod, pow"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 42
# numpy_call = "np.mod(a, b)"
# torch_call = "torch.remainder(a, b)"
# ///
import numpy as np

a = np.array([7.0, -7.0, 2.5])
b = np.array([2.0, 2.0, -0.5])
result = {
    "subtract": np.subtract(a, b),
    "divide": np.divide(a, b),
    "true_divide": np.true_divide(a, b),
    "floor_divide": np.floor_divide(a, b),
    "mod": np.mod(a, b),
    "negative": np.negative(a),
    "positive": np.positive(a),
    "absolute": np.absolute(a),
    "fabs": np.fabs(a),
    "pow": np.pow(a, 2),
    "float_power": np.float_power(np.array([2, 3]), -1),
}
print(result)
