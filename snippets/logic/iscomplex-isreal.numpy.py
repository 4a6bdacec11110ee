"""`np.isreal` and `np.iscomplex` test each element's imaginary part; `torch.isreal` does the same
and `np.iscomplex(z)` is its negation. `np.isrealobj` and `np.iscomplexobj` look only at the dtype:
in PyTorch that is `not z.is_complex()`. A complex array whose imaginary parts are all zero is
still not a "real object".
"""
# /// pair
# title = "Real or complex: iscomplex, isreal, isrealobj"
# expect = "equal"
# same_dtype = true
# order = 20
# numpy_call = "np.iscomplex(z)"
# torch_call = "~torch.isreal(z)"
# ///
import numpy as np

z = np.array([1 + 0j, 2 - 1j, 0 + 3j])
result = {
    "isreal": np.isreal(z),
    "iscomplex": np.iscomplex(z),
    "isrealobj": np.isrealobj(z),
    "isrealobj_zero_imag": np.isrealobj(z.real + 0j),
}
print(result)
