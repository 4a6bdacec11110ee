"""Reversing with a negative step, `a[::-1]`, is an everyday NumPy idiom that gives a view. PyTorch
slicing only accepts positive steps and raises `ValueError` ("step must be greater than zero").
Use `torch.flip`, which returns a reversed copy, as in
[the faithful translation](#reverse-with-flip).
"""
# /// pair
# title = "a[::-1]: PyTorch slicing rejects negative steps"
# expect = "differs"
# difference = "a negative slice step raises ValueError in torch"
# order = 12
# see = ["views/reverse-with-flip"]
# numpy_call = "a[::-1]"
# torch_call = "a[::-1]"
# ///
import numpy as np

a = np.arange(4)
result = a[::-1]
print(result)
