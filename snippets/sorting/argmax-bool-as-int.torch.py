import torch

mask = torch.tensor([False, False, True, True])
none = torch.tensor([False, False, False])
result = (torch.argmax(mask.to(torch.uint8)), torch.argmax(none.to(torch.uint8)))
print(result)
