import torch

x = torch.arange(6).reshape(2, 3)
f = x.mT.contiguous().mT
c = f.contiguous()
result = {
    "values": f,
    "strides": f.stride(),
    "isfortran": f.mT.is_contiguous() and not f.is_contiguous(),
    "isfortran_c": x.mT.is_contiguous() and not x.is_contiguous(),
    "require_c_strides": c.stride(),
}
print(result)
