"""NumPy code often computes probabilities first and the loss from them: `-log(p[true class])`.
Handing those probabilities to `F.cross_entropy` is wrong, and nothing warns: it treats its input
as logits and applies log-softmax on top, so the loss comes out as a different number (here
about {{models/cross-entropy-probabilities torch.result:.2f}} instead of
{{models/cross-entropy-probabilities numpy.result:.2f}}). Pass the logits, as in
[the cross-entropy pair](#cross-entropy), or, if only probabilities exist, take their log and use
`F.nll_loss`, as in [the faithful translation](#nll-loss-from-probabilities).
"""
# /// pair
# title = "F.cross_entropy takes logits: passing probabilities gives another loss"
# expect = "differs"
# difference = "F.cross_entropy applies log-softmax to its input; probabilities are not logits"
# order = 8
# see = ["models/nll-loss-from-probabilities", "models/cross-entropy"]
# fix = "models/nll-loss-from-probabilities"
# numpy_call = "-np.log(probs[np.arange(len(labels)), labels]).mean()"
# torch_call = "F.cross_entropy(probs, labels)"
# ///
import numpy as np

probs = np.array([[0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.1, 0.2, 0.7]])
labels = np.array([0, 1, 1])
result = -np.log(probs[np.arange(len(labels)), labels]).mean()
print(result)
