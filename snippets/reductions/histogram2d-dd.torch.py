import torch

x = torch.tensor([0.2, 1.0, 2.5, 3.0, 3.7, 4.0], dtype=torch.float64)
y = torch.tensor([0.1, 0.55, 0.35, 0.9, 0.72, 0.2], dtype=torch.float64)
counts2d, (xedges, yedges) = torch.histogramdd(torch.stack([x, y], dim=1), bins=[3, 3])
countsdd, edges = torch.histogramdd(torch.stack([x, y], dim=1), bins=[2, 4])
result = {
    "counts2d": counts2d,
    "xedges": xedges,
    "yedges": yedges,
    "countsdd": countsdd,
    "edges": tuple(edges),
    "bin_edges": torch.histogram(x, bins=4).bin_edges,
}
print(result)
