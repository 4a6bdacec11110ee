"""NumPy 2.0 gave arrays the array-API `device` attribute (always `"cpu"`) and the method
`to_device`, which accepts only `"cpu"`. On a tensor, `t.device` is a `torch.device` (compare
`str(t.device)` or `t.device.type`), and `t.to("cpu")` or `t.to(device)` moves it, returning the
tensor itself when it is already there.
"""
# /// pair
# title = "Array-API device: the device attribute and to_device"
# expect = "equal"
# requires = {numpy = ">=2.0"}
# same_dtype = true
# order = 19
# numpy_call = "a.to_device('cpu')"
# torch_call = "a.to('cpu')"
# ///
import numpy as np

a = np.arange(3)
moved = a.to_device("cpu")
result = {"device": str(a.device), "moved": moved}
print(result)
