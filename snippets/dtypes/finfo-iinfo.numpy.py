"""`np.finfo` and `np.iinfo` become `torch.finfo` and `torch.iinfo`, with the same attribute names
(`eps`, `max`, `tiny`, `min`, `bits`). NumPy returns scalars of the type asked about (a float32
epsilon prints with float32's shorter digits), PyTorch plain Python numbers. `torch.finfo` also
describes bfloat16, which NumPy cannot: its machine epsilon is `2**-7`, printed by the PyTorch side
below.
"""
# /// pair
# title = "Type limits: finfo and iinfo"
# expect = "equal"
# order = 26
# numpy_call = "np.finfo(np.float32).eps"
# torch_call = "torch.finfo(torch.float32).eps"
# ///
import numpy as np

result = {
    "float32 eps": np.finfo(np.float32).eps,
    "float32 max": np.finfo(np.float32).max,
    "float16 tiny": np.finfo(np.float16).tiny,
    "float64 eps": np.finfo(np.float64).eps,
    "int8 min": np.iinfo(np.int8).min,
    "uint8 max": np.iinfo(np.uint8).max,
    "int64 max": np.iinfo(np.int64).max,
}
for name, value in result.items():
    print(f"{name:13}", value)
