"""`len()` gives the length of the first axis in both libraries, and both refuse it on a 0-d
array with a `TypeError` (only the messages differ), so a `len()` call ports unchanged.
"""
# /// pair
# title = "len() of a 0-d array raises in both"
# expect = "both-raise"
# order = 4
# numpy_call = "len(scalar)"
# torch_call = "len(scalar)"
# ///
import numpy as np

print(len(np.zeros((5, 2))))
scalar = np.array(3.0)
result = len(scalar)
