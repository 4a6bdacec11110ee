"""PyTorch keeps C-style aliases for its dtypes, and they follow the C names that NumPy also has:
`torch.half`, `torch.float`, `torch.double` match `np.half`, `np.single`, `np.double`;
`torch.short`, `torch.int`, `torch.long` match `np.short`, `np.intc`, `np.int64`;
`torch.cfloat` and `torch.cdouble` match `np.csingle` and `np.cdouble`. The trap is the
word "float": in PyTorch it names the 32-bit type.
"""
# /// pair
# title = "C-style aliases: torch.float, torch.double, torch.long, …"
# expect = "equal"
# order = 5
# numpy_call = "np.single, np.double, np.int64"
# torch_call = "torch.float, torch.double, torch.long"
# ///
import numpy as np

result = {
    "half": np.half, "float": np.single, "double": np.double,
    "short": np.short, "int": np.intc, "long": np.int64,
    "cfloat": np.csingle, "cdouble": np.cdouble,
}
for alias, kind in result.items():
    print(f"{alias:8}", np.dtype(kind).name)
