import torch

labels = torch.tensor([3, 1, 3, 2])
counts = {}
for label in labels.tolist():
    counts[label] = counts.get(label, 0) + 1
result = (len(set(labels.tolist())), len(counts), 3 in set(labels.tolist()))
print(result)
