import torch

x = torch.tensor([[3, 0, 7], [1, 9, 2]])
v = torch.tensor([1, 2, 3])
result = {
    "all": x.all(),
    "any_axis0": x.any(dim=0),
    "argmax": x.argmax(),
    "argmin_axis1": x.argmin(dim=1),
    "trace": x[:, :2].trace(),
    "clip": x.clip(1, 5),
    "dot": v.dot(v),
    "dot_matrix": x @ v,
}
print(result)
