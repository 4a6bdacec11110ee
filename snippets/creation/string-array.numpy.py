"""NumPy arrays hold strings (and arbitrary objects), so label columns often stay strings in NumPy
code. Tensors hold only numbers and booleans: `torch.tensor` (like `torch.from_numpy`) raises
{{creation/string-array torch.error}}, whose message (in the traceback below) lists the dtypes it
supports. Encode the labels as integers first, as in
[the faithful translation](#string-labels-codes).
"""
# /// pair
# title = "Arrays of strings cannot become tensors"
# expect = "differs"
# difference = "torch.tensor raises TypeError for an array of strings"
# see = ["creation/string-labels-codes"]
# fix = "creation/string-labels-codes"
# order = 4
# numpy_call = "labels == 'cat'"
# torch_call = "torch.tensor(labels) == ..."
# ///
import numpy as np

labels = np.array(["cat", "dog", "cat", "bird"])
result = labels == "cat"
print(result)
