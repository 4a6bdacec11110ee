"""`np.hsplit`, `np.vsplit` and `np.dsplit` exist in PyTorch under the same names, and here the
integer argument means the same thing on both sides: the *number* of equal pieces (unlike
`torch.split`, where an integer is a piece *size*). A list gives split indices on both sides.
`torch.hsplit` splits along dimension 1, or 0 for a 1-D tensor, as NumPy does.
"""
# /// pair
# title = "Splitting along fixed axes: hsplit, vsplit, dsplit"
# expect = "equal"
# same_dtype = true
# order = 27
# numpy_call = "np.dsplit(x, [1, 3])"
# torch_call = "torch.dsplit(x, [1, 3])"
# ///
import numpy as np

x = np.arange(16).reshape(2, 2, 4)
result = {
    "hsplit": np.hsplit(x, 2),
    "vsplit": np.vsplit(x, 2),
    "dsplit": np.dsplit(x, [1, 3]),
    "hsplit_1d": np.hsplit(np.arange(6), 3),
}
print(result)
