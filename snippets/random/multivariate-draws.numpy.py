"""`np.random.multinomial(k, pvals, n)` is `torch.distributions.Multinomial(k, probs).sample((n,))`
(the function `torch.multinomial` instead draws category *indices*). `np.random.dirichlet(alpha, n)`
is `Dirichlet(alpha).sample((n,))`, and `np.random.multivariate_normal(mean, cov, n)` is
`MultivariateNormal(mean, covariance_matrix=cov).sample((n,))`. The pair compares the mean vectors
of 200,000 draws, and the sample covariance of the normal draws (`np.cov` and `torch.cov`), within
`rtol = 0.03`, `atol = 0.02`.
"""
# /// pair
# title = "Vector-valued draws: multinomial, dirichlet, multivariate_normal"
# expect = "equal"
# rtol = 0.03
# atol = 0.02
# order = 19
# numpy_call = "np.random.multivariate_normal([1.0, -1.0], cov, n)"
# torch_call = "D.MultivariateNormal(mean, covariance_matrix=cov).sample((n,))"
# ///
import numpy as np

np.random.seed(0)
n = 200_000
cov = np.array([[2.0, 0.6], [0.6, 1.0]])
normal = np.random.multivariate_normal([1.0, -1.0], cov, n)
result = {
    "multinomial": np.random.multinomial(20, [0.2, 0.3, 0.5], n).mean(axis=0),
    "dirichlet": np.random.dirichlet([1.0, 2.0, 3.0], n).mean(axis=0),
    "normal_mean": normal.mean(axis=0),
    "normal_cov": np.cov(normal.T),
}
print(result)
