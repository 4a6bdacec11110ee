import torch

torch.manual_seed(0)
first = torch.rand(3, generator=torch.Generator().manual_seed(42))
twin = torch.rand(3, generator=torch.Generator().manual_seed(42))
global_draw = torch.rand(2)
torch.manual_seed(0)
result = {
    "twins_agree": torch.equal(first, twin),
    "global_untouched": torch.equal(global_draw, torch.rand(2)),
}
print(first, result)
