"""`np.histogramdd(sample, bins)` is `torch.histogramdd(sample, bins)`: both return the counts and
one edge array per dimension, and agree on the edges and on the closed last bin.
`np.histogram2d(x, y, bins)` is the two-column case: stack `x` and `y` into an (N, 2) tensor.
`np.histogram_bin_edges(x, bins)` is the `bin_edges` of `torch.histogram`. The PyTorch functions
accept only floating-point input. A value lying exactly on a computed interior edge can land in
a different bin in the two libraries (see [edge ties](#histogram-edge-ties)); these data avoid the
edges.
"""
# /// pair
# title = "Multi-dimensional histograms: histogram2d, histogramdd, histogram_bin_edges"
# expect = "equal"
# same_dtype = true
# order = 39
# numpy_call = "np.histogram2d(x, y, bins=3)"
# torch_call = "torch.histogramdd(torch.stack([x, y], dim=1), bins=[3, 3])"
# ///
import numpy as np

x = np.array([0.2, 1.0, 2.5, 3.0, 3.7, 4.0])
y = np.array([0.1, 0.55, 0.35, 0.9, 0.72, 0.2])
counts2d, xedges, yedges = np.histogram2d(x, y, bins=3)
countsdd, edges = np.histogramdd(np.stack([x, y], axis=1), bins=(2, 4))
result = {
    "counts2d": counts2d,
    "xedges": xedges,
    "yedges": yedges,
    "countsdd": countsdd,
    "edges": tuple(edges),
    "bin_edges": np.histogram_bin_edges(x, bins=4),
}
print(result)
