import torch

a = torch.tensor([12, -18, 7, 0])
b = torch.tensor([18, 24, 5, 4])
result = {"gcd": torch.gcd(a, b), "lcm": torch.lcm(a, b)}
print(result)
