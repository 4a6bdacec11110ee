"""NumPy arrays can be stored column by column (Fortran order); `np.asfortranarray` makes such a
copy and `np.isfortran` tests for it. Tensors have no order flag, but any layout can be expressed
with strides: `x.mT.contiguous().mT` stores a matrix column by column, and its strides (counted in
elements, where NumPy counts bytes) match NumPy's. Checking for it is
`x.mT.is_contiguous() and not x.is_contiguous()`. `np.require(a, requirements="C")` returns a
C-ordered array, copying if needed: `x.contiguous()`.
"""
# /// pair
# title = "Column-major layout: asfortranarray, isfortran, require"
# expect = "equal"
# same_dtype = true
# order = 21
# numpy_call = "np.asfortranarray(x)"
# torch_call = "x.mT.contiguous().mT"
# ///
import numpy as np

x = np.arange(6).reshape(2, 3)
f = np.asfortranarray(x)
c = np.require(f, requirements="C")
result = {
    "values": f,
    "strides": tuple(s // f.itemsize for s in f.strides),
    "isfortran": np.isfortran(f),
    "isfortran_c": np.isfortran(x),
    "require_c_strides": tuple(s // c.itemsize for s in c.strides),
}
print(result)
