"""Cross-entropy from raw scores (logits): take the log-softmax of each row, pick the entry of the
true class, negate and average over the batch. `F.cross_entropy(logits, labels)` does all of that
in one call, with the stable log-softmax inside; the labels are class indices (int64), not
one-hot rows.
"""
# /// pair
# title = "Cross-entropy from logits: by hand and F.cross_entropy"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "s = logits - logits.max(1, keepdims=True); -(s - np.log(np.exp(s).sum(1, keepdims=True)))[np.arange(len(labels)), labels].mean()"
# torch_call = "F.cross_entropy(logits, labels)"
# ///
import numpy as np

logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.0]])
labels = np.array([0, 1, 1])
shifted = logits - logits.max(axis=1, keepdims=True)
log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
result = -log_probs[np.arange(len(labels)), labels].mean()
print(result)
