"""`F.nll_loss` picks and negates the entry of the true class and averages, without any softmax:
give it log-probabilities and it computes the same loss as the NumPy formula. Taking `log` of
probabilities is less accurate than a log-softmax of logits, so prefer keeping the logits.
"""
# /// pair
# title = "Loss from probabilities: F.nll_loss on their log"
# expect = "equal"
# same_dtype = true
# order = 9
# numpy_call = "-np.log(probs[np.arange(len(labels)), labels]).mean()"
# torch_call = "F.nll_loss(torch.log(probs), labels)"
# ///
import numpy as np

probs = np.array([[0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.1, 0.2, 0.7]])
labels = np.array([0, 1, 1])
result = -np.log(probs[np.arange(len(labels)), labels]).mean()
print(result)
