import torch


def drop_axis_1(t):
    if t.shape[1] != 1:
        raise ValueError(f"cannot select an axis to squeeze out which has size {t.shape[1]}")
    return torch.squeeze(t, 1)


result = []
for t in (torch.zeros(1, 3, dtype=torch.float64), torch.zeros(3, 1, dtype=torch.float64)):
    try:
        result.append(drop_axis_1(t))
    except ValueError as error:
        print(error)
        result.append("refused")
print(result)
