import torch

M = torch.tensor([[3.0, 1.0, 2.0], [1.0, 4.0, 0.0]], dtype=torch.float64)
U, S, Vh = torch.linalg.svd(M, full_matrices=False)
print(U.shape, S.shape, Vh.shape)
result = {"singular_values": S, "rebuilt": U * S @ Vh, "full_U_shape": tuple(torch.linalg.svd(M)[0].shape)}
