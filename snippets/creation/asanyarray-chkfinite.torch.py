import torch


def as_tensor_chkfinite(data):
    t = torch.as_tensor(data, dtype=torch.float64)
    if not torch.isfinite(t).all():
        raise ValueError("array must not contain infs or NaNs")
    return t


converted = torch.as_tensor([1.0, 2.0], dtype=torch.float64)
try:
    as_tensor_chkfinite([1.0, torch.nan])
    error = None
except ValueError as exc:
    error = type(exc).__name__
result = {
    "asanyarray": converted,
    "chkfinite_ok": as_tensor_chkfinite([3.0, 4.0]),
    "error": error,
}
print(result)
