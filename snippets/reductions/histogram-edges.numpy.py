"""`torch.histogram` is the closer match when the edges matter: it returns a named tuple `(hist,
bin_edges)` and takes `range=` like NumPy. Its counts are floating point too. Values outside the
range are not counted in either library.
"""
# /// pair
# title = "Histogram with edges: torch.histogram"
# expect = "equal"
# order = 24
# numpy_call = "np.histogram(x, bins=4, range=(0, 4))"
# torch_call = "torch.histogram(x, bins=4, range=(0.0, 4.0))"
# ///
import numpy as np

x = np.array([0.5, 1.5, 1.7, 3.9, 2.2, 9.0])
counts, edges = np.histogram(x, bins=4, range=(0, 4))
print(counts, edges)
result = (counts, edges)
