import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]], dtype=torch.float64)
Q, R = torch.linalg.qr(A)
Q_full, R_full = torch.linalg.qr(A, mode="complete")
empty_Q, R_only = torch.linalg.qr(A, mode="r")
print(Q.shape, Q_full.shape, R_full.shape, empty_Q.shape)
result = {"Q": Q, "R": R, "Q_full": Q_full, "R_only": R_only}
