"""Given the edges themselves (a 1-D array for NumPy, a float tensor for `torch.histogram`), both
libraries place each value by comparing it with those edges: a value equal to an interior edge goes
to the bin on its right, and the last bin includes its right edge. The counts then agree even for
values lying exactly on the edges.
"""
# /// pair
# title = "Explicit bin edges: the same counts on both sides"
# expect = "equal"
# see = ["reductions/histogram-edge-ties"]
# order = 45
# numpy_call = "np.histogram(y, bins=edges)"
# torch_call = "torch.histogram(y, bins=edges)"
# ///
import numpy as np

y = np.array([0.1, 0.5, 0.3, 0.9, 0.7, 0.2])
edges = np.array([0.1, 0.3, 0.5, 0.7, 0.9])
counts, _ = np.histogram(y, bins=edges)
print(counts)
result = counts
