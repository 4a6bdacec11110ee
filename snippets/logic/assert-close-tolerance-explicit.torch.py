import torch

actual = torch.tensor([1.0, 1e-6, 250.0])
expected = torch.tensor([1.000001, 0.0, 250.0])
try:
    torch.testing.assert_close(actual, expected, rtol=1e-7, atol=0)
    result = "passed"
except AssertionError as error:
    print(error)
    result = "failed"
