"""`np.result_type(a, b)` is `torch.result_type(a, b)` for two tensors (or a tensor and a Python
number), and `torch.promote_types` for two dtypes. The answers agree where the rules do: int8 with
uint8 gives int16, int16 with float32 gives float32, and a float32 array with a Python float stays
float32. They part where the default float does: an int32 array with a Python float, or with a
float32 array, gives float64 in NumPy and float32 in PyTorch. PyTorch also refuses to promote
int64 with uint64 (`RuntimeError`), where NumPy answers float64.
"""
# /// pair
# title = "The dtype of a mixed operation: np.result_type and torch.result_type"
# expect = "equal"
# order = 22
# numpy_call = "np.result_type(i8, u8)"
# torch_call = "torch.result_type(i8, u8)"
# ///
import numpy as np

i8 = np.array([1], dtype=np.int8)
u8 = np.array([1], dtype=np.uint8)
f32 = np.array([1.0], dtype=np.float32)
result = {
    "int8_uint8": str(np.result_type(i8, u8)),
    "dtypes": str(np.result_type(np.int16, np.float32)),
    "float32_scalar": str(np.result_type(f32, 2.0)),
}
print(result)
