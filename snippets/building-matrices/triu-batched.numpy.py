"""On arrays with more than two dimensions, `tril` and `triu` act on the last two dimensions of
each matrix in the stack, in both libraries.
"""
# /// pair
# title = "Triangles of a stack of matrices"
# expect = "equal"
# same_dtype = true
# order = 15
# numpy_call = "np.triu(stack)"
# torch_call = "torch.triu(stack)"
# ///
import numpy as np

stack = np.arange(1, 19).reshape(2, 3, 3)
result = np.triu(stack)
print(result)
