"""`np.real`, `np.imag`, `np.conj` (alias `np.conjugate`) and `np.angle` are `torch.real`,
`torch.imag`, `torch.conj` and `torch.angle`; the methods `.conj()`, `.conjugate()` and the
attributes `.real` and `.imag` exist on tensors too. One difference is hidden: `torch.conj` returns
a lazy view with a conjugate bit set (`z.conj().is_conj()` is `True`), which `Tensor.numpy()`
refuses; call `.resolve_conj()` to materialise it (or use `torch.conj_physical`).
"""
# /// pair
# title = "Complex parts: real, imag, conj, angle"
# expect = "equal"
# same_dtype = true
# order = 49
# numpy_call = "np.conj(z)"
# torch_call = "torch.conj(z).resolve_conj()"
# ///
import numpy as np

z = np.array([1 + 2j, -3 + 0j, -1j])
result = {
    "real": np.real(z),
    "imag": np.imag(z),
    "imag_attribute": z.imag,
    "conj": np.conj(z),
    "conjugate": np.conjugate(z),
    "conj_method": z.conj(),
    "conjugate_method": z.conjugate(),
    "angle": np.angle(z),
}
print(result)
