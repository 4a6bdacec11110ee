"""`np.convolve` is a true convolution: it flips the kernel before sliding it. `F.conv1d`, like
every "convolution" layer in deep learning, does not flip: it computes a cross-correlation. With a
symmetric kernel nobody notices; with the asymmetric difference kernel `[1, 0, -1]` the port
returns the negated result. Flip the kernel, as in
[the faithful translation](#convolve-flipped-kernel). Note also that `conv1d` wants
`(batch, channels, length)` shapes.
"""
# /// pair
# title = "np.convolve vs F.conv1d: conv1d does not flip the kernel"
# expect = "differs"
# difference = "F.conv1d is cross-correlation; it does not flip the kernel"
# order = 11
# see = ["models/convolve-flipped-kernel"]
# fix = "models/convolve-flipped-kernel"
# numpy_call = "np.convolve(x, k, mode='valid')"
# torch_call = "F.conv1d(x.view(1, 1, -1), k.view(1, 1, -1)).flatten()"
# ///
import numpy as np

x = np.array([1.0, 2.0, 4.0, 7.0, 11.0])
k = np.array([1.0, 0.0, -1.0])
result = np.convolve(x, k, mode="valid")
print(result)
