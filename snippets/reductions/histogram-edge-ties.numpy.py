"""With an integer `bins`, both libraries compute equal-width edges between the minimum and the
maximum, but not with the same arithmetic, and the edges can differ in the last bit: NumPy's fourth
edge here is {{reductions/histogram-edge-ties numpy.result[1][3]}}, PyTorch's is
{{reductions/histogram-edge-ties torch.result[1][3]}}. A value exactly on such an edge, 0.7 here,
is then counted in a different bin. When the data can fall on edges, pass the same explicit edges
to both (`bins=edges`): [with explicit edges](#histogram-explicit-edges) they agree.
"""
# /// pair
# title = "Values on a bin edge: computed edges can disagree"
# expect = "differs"
# difference = "a value on a computed bin edge (0.7) is counted in a different bin"
# see = ["reductions/histogram-explicit-edges"]
# fix = "reductions/histogram-explicit-edges"
# order = 44
# numpy_call = "np.histogram(y, bins=4)"
# torch_call = "torch.histogram(y, bins=4)"
# ///
import numpy as np

y = np.array([0.1, 0.5, 0.3, 0.9, 0.7, 0.2])
counts, edges = np.histogram(y, bins=4)
print(counts, edges.tolist())
result = (counts, edges)
