import torch

A = torch.tensor([[4.0, 1.0], [2.0, 3.0]], dtype=torch.float64)
eigenvalues, eigenvectors = torch.linalg.eig(A)
if torch.all(eigenvalues.imag == 0):
    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real
print(eigenvalues, eigenvalues.dtype)
result = (eigenvalues, eigenvectors)
