"""NumPy's `reshape` copies when it cannot return a view, for example when flattening a transpose.
`Tensor.view` never copies: on a non-contiguous tensor it raises
{{shape/view-non-contiguous torch.error}} instead. A port that turns every `reshape` into `view`
fails there; keep [`reshape`](#reshape-non-contiguous), which copies only when needed.
"""
# /// pair
# title = "Tensor.view on a transposed tensor"
# expect = "differs"
# difference = "Tensor.view raises on a non-contiguous tensor"
# order = 5
# see = ["shape/reshape-non-contiguous"]
# fix = "shape/reshape-non-contiguous"
# numpy_call = "a.T.reshape(-1)"
# torch_call = "t.T.view(-1)"
# ///
import numpy as np

a = np.arange(6).reshape(2, 3)
result = a.T.reshape(-1)
print(result)
