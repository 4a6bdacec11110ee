"""`np.fromstring(text, sep=",")` parses numbers separated by `sep` into a float64 array. PyTorch
has no text parser: split the string in Python and hand the numbers to `torch.tensor`, with
`dtype=torch.float64` to keep NumPy's default (without it, Python floats become float32).
Without `sep`, `np.fromstring` used to read raw bytes; that mode is removed (it raises
`ValueError`), and its replacement `np.frombuffer` has the PyTorch counterpart `torch.frombuffer`.
"""
# /// pair
# title = "Numbers from text: np.fromstring with sep"
# expect = "equal"
# same_dtype = true
# order = 18
# numpy_call = "np.fromstring(text, sep=',')"
# torch_call = "torch.tensor([float(v) for v in text.split(',')])"
# ///
import numpy as np

text = "1.5, 2, -3.25, 4e2"
result = np.fromstring(text, sep=",")
print(result, result.dtype)
