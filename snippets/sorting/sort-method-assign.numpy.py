"""To port `a.sort()`, keep the values that `Tensor.sort()` returns. Rebinding with `a =
a.sort().values` is enough when nothing else refers to the tensor; when another name (here `alias`)
must see the sorted data, as it would in NumPy, copy the values back into the same storage with
`Tensor.copy_`.
"""
# /// pair
# title = "Sorting a tensor in place: copy_ the sorted values back"
# expect = "equal"
# same_dtype = true
# order = 3
# numpy_call = "a.sort()"
# torch_call = "a.copy_(a.sort().values)"
# ///
import numpy as np

a = np.array([5, 2, 9, 1, 7])
alias = a
a.sort()
print(alias)
result = alias
