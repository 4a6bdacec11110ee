import torch

torch.manual_seed(0)
state = torch.get_rng_state()
first = torch.rand(3)
torch.set_rng_state(state)
again = torch.rand(3)
result = torch.equal(first, again)
print(state.dtype, first, again)
