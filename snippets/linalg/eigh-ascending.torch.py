import torch

A = torch.tensor([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0], [2.0, 0.0, 5.0]], dtype=torch.float64)
w, V = torch.linalg.eigh(A)
unsorted = torch.linalg.eigvals(A)
print(w, unsorted)
result = {"eigh": w, "eig_real_parts": unsorted.real, "rebuilt": V @ torch.diag(w) @ V.T}
