import torch


def byte_strides(t):
    return tuple(s * t.element_size() for s in t.stride())


t = torch.zeros(2, 3, dtype=torch.float64)
print(t.stride(), t.T.stride())
print(byte_strides(t), byte_strides(t.T))
result = (byte_strides(t), byte_strides(t.T))
