import torch

a = torch.arange(4.0, dtype=torch.float64)
result = []
for buf in (torch.zeros(2, dtype=torch.float64), torch.zeros(4, dtype=torch.float64)):
    try:
        if buf.shape != a.shape:
            raise ValueError(f"out= has shape {tuple(buf.shape)}, the result {tuple(a.shape)}")
        torch.add(a, 1, out=buf)
        result.append(("written", buf))
    except ValueError as error:
        print(error)
        result.append(("refused", buf))
print(result)
