"""Without `num_classes`, `F.one_hot` uses the largest label plus one. A batch that happens not to
contain the last class (here labels 0..2 of a 4-class problem) gets 3 columns instead of 4, and
the shape then changes from batch to batch. Always pass `num_classes`, as in
[the faithful translation](#one-hot).
"""
# /// pair
# title = "F.one_hot without num_classes infers it from the batch"
# expect = "differs"
# difference = "F.one_hot infers num_classes as max(labels) + 1"
# order = 6
# see = ["models/one-hot"]
# fix = "models/one-hot"
# numpy_call = "np.eye(4, dtype=np.int64)[labels]"
# torch_call = "F.one_hot(labels)"
# ///
import numpy as np

labels = np.array([0, 2, 1])
result = np.eye(4, dtype=np.int64)[labels]
print(result.shape)
print(result)
