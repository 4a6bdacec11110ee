import torch

A = torch.tensor([[1, 2], [3, 4]])
others = {
    "inv": lambda: torch.linalg.inv(A),
    "solve": lambda: torch.linalg.solve(A, A),
    "norm": lambda: torch.linalg.norm(A),
    "svd": lambda: torch.linalg.svd(A),
    "eigh": lambda: torch.linalg.eigh(A),
}
for name, call in others.items():
    try:
        call()
    except Exception as error:
        print(name, type(error).__name__)
result = torch.linalg.det(A)
print(A.dtype, result)
