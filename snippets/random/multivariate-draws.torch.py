import torch
from torch import distributions as D

torch.manual_seed(0)
n = 200_000
f64 = torch.float64
mean = torch.tensor([1.0, -1.0], dtype=f64)
cov = torch.tensor([[2.0, 0.6], [0.6, 1.0]], dtype=f64)
normal = D.MultivariateNormal(mean, covariance_matrix=cov).sample((n,))
pvals = torch.tensor([0.2, 0.3, 0.5], dtype=f64)
alpha = torch.tensor([1.0, 2.0, 3.0], dtype=f64)
result = {
    "multinomial": D.Multinomial(20, probs=pvals).sample((n,)).mean(dim=0),
    "dirichlet": D.Dirichlet(alpha).sample((n,)).mean(dim=0),
    "normal_mean": normal.mean(dim=0),
    "normal_cov": torch.cov(normal.T),
}
print(result)
