import torch

tensors = [torch.zeros(2, dtype=torch.float16), torch.zeros(2, dtype=torch.int32),
           torch.zeros(2, dtype=torch.complex64)]
result = [
    (
        t.is_floating_point(),
        t.is_complex(),
        t.element_size(),
    )
    for t in tensors
]
for t, answer in zip(tensors, result):
    print(t.dtype, answer)
