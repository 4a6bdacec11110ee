"""The non-constant modes of `F.pad` are written for batches of signals and images: as the error
message lists, padding the last two dimensions (four widths) needs a 3-D or 4-D input. On a plain
2-D matrix `F.pad(t, (1, 1, 1, 1), mode="replicate")` raises
{{joining/pad-edge-matrix torch.error}}, where `np.pad` with `mode="edge"` pads any array.
[Add a leading dimension](#pad-edge) for the call.
"""
# /// pair
# title = "Replicate padding of a plain matrix"
# expect = "differs"
# difference = "F.pad's replicate mode refuses four widths on a 2-D tensor"
# order = 24
# see = ["joining/pad-edge"]
# fix = "joining/pad-edge"
# numpy_call = "np.pad(a, 1, mode='edge')"
# torch_call = "F.pad(t, (1, 1, 1, 1), mode='replicate')"
# ///
import numpy as np

a = np.arange(1.0, 7.0).reshape(2, 3)
result = np.pad(a, 1, mode="edge")
print(result)
