import torch

actual = torch.tensor([0.5, 0.25])
expected = torch.tensor([0.5, 0.25], dtype=torch.float64)
torch.testing.assert_close(actual, expected)
result = "passed"
