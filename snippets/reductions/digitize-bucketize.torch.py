import torch

bins = torch.tensor([1.0, 2.0, 3.0])
x = torch.tensor([0.5, 1.0, 1.5, 3.0, 4.0])
result = {
    "left_closed": torch.bucketize(x, bins, right=True),
    "right_closed": torch.bucketize(x, bins),
}
print(result)
