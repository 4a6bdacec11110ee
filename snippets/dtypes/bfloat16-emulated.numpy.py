"""A bfloat16 number is a float32 with the low 16 bits of its bit pattern cleared after rounding to
nearest, ties to even. NumPy can reproduce that on the `uint32` view of a float32 array, which is
enough to predict what `t.to(torch.bfloat16)` will store (NaN and infinity are left out here).
The build compares the values; the dtypes necessarily differ, float32 against bfloat16.
"""
# /// pair
# title = "bfloat16 rounding emulated in NumPy"
# expect = "equal"
# order = 25
# numpy_call = "bits = a.view(np.uint32); …"
# torch_call = "t.to(torch.bfloat16)"
# ///
import numpy as np

a = np.array([1.001, 3.14159, 70000.0, 1e5, -2.5e-3, 0.1], dtype=np.float32)
bits = a.view(np.uint32)
tie_to_even = (bits >> 16) & 1
rounded = (bits + np.uint32(0x7FFF) + tie_to_even) & np.uint32(0xFFFF0000)
result = rounded.view(np.float32)
print(result)
