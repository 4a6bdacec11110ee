"""`.item()` needs exactly one element on both sides. NumPy raises
{{io/item-many-elements numpy.error}} and PyTorch raises {{io/item-many-elements torch.error}}
(their messages are in the tracebacks below), so an `except ValueError:` carried over from NumPy
code does not catch it ([caught](#item-many-elements-caught)).
"""
# /// pair
# title = ".item() on several elements: ValueError in NumPy, RuntimeError in PyTorch"
# expect = "differs"
# difference = "PyTorch raises {{io/item-many-elements torch.error}}, which an except clause for {{io/item-many-elements numpy.error}} does not catch"
# fix = "io/item-many-elements-caught"
# order = 15
# numpy_call = "a.item()"
# torch_call = "t.item()"
# ///
import numpy as np

a = np.array([1.0, 2.0])
result = a.item()
