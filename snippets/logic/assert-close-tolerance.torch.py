import torch

actual = torch.tensor([1.0, 1e-6, 250.0])
expected = torch.tensor([1.000001, 0.0, 250.0])
torch.testing.assert_close(actual, expected)
result = "passed"
