import torch


def may_share_memory(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


a = torch.arange(6)
view = a[2:]
copy = a.clone()
result = {"view": may_share_memory(a, view), "copy": may_share_memory(a, copy)}
print(result)
