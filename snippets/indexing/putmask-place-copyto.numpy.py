"""Three NumPy functions write where a mask holds, and they read their values differently.
`np.copyto(dst, src, where=mask)` takes `src` at the same positions: `dst.copy_(torch.where(mask,
src, dst))` (without `where`, `dst.copy_(src)`, which broadcasts `src`). `np.putmask(a, mask,
values)` also reads `values` at the *same* flat positions (repeating a short `values` cyclically
over the whole array): with a full-size `values` that is again `torch.where`. `np.place(a, mask,
vals)` instead consumes `vals` in order, one per `True`: that is `a.masked_scatter_(mask, vals)`,
which needs at least as many values as `True` entries (NumPy repeats a short `vals`).
"""
# /// pair
# title = "Masked writes: putmask, place and copyto"
# expect = "equal"
# same_dtype = true
# order = 32
# numpy_call = "np.place(placed, mask, [10.0, 20.0, 30.0])"
# torch_call = "placed.masked_scatter_(mask, torch.tensor([10.0, 20.0, 30.0], dtype=torch.float64))"
# ///
import numpy as np

a = np.arange(6.0)
mask = a % 2 == 1
src = np.full(6, -1.0)

copied = a.copy()
np.copyto(copied, src, where=mask)
masked = a.copy()
np.putmask(masked, mask, 100 + a)
placed = a.copy()
np.place(placed, mask, [10.0, 20.0, 30.0])
whole = np.zeros((2, 3))
np.copyto(whole, np.array([1.0, 2.0, 3.0]))
result = {"copyto": copied, "putmask": masked, "place": placed, "broadcast": whole}
print(result)
