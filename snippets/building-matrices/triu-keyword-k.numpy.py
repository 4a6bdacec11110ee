"""`np.triu(M, k=1)` keeps the part above the first superdiagonal. PyTorch's `torch.triu` and
`torch.tril` call that argument `diagonal`, so the keyword `k=` raises
{{building-matrices/triu-keyword-k torch.error}}. Pass it positionally or as `diagonal=`, as in
[the faithful translation](#tril-triu).
"""
# /// pair
# title = "Triangles: k= is not accepted by torch.triu"
# expect = "differs"
# difference = "torch.triu names the offset diagonal=, not k="
# order = 10
# see = ["building-matrices/tril-triu"]
# fix = "building-matrices/tril-triu"
# numpy_call = "np.triu(M, k=1)"
# torch_call = "torch.triu(M, k=1)  # TypeError"
# ///
import numpy as np

M = np.arange(1, 13).reshape(3, 4)
result = np.triu(M, k=1)
print(result)
