"""The logical functions also accept numbers: any nonzero value counts as true, and the result is
boolean in both libraries whatever the input dtype. This is the safe way to combine integer masks;
the bitwise operators would combine their bits instead (see
[bitwise operators on integers](#bitwise-ops-int)).
"""
# /// pair
# title = "Logical functions on integer and float arrays"
# expect = "equal"
# same_dtype = true
# order = 7
# numpy_call = "np.logical_xor(a, b)"
# torch_call = "torch.logical_xor(a, b)"
# ///
import numpy as np

a = np.array([0, 1, 2, -3])
b = np.array([0.0, 0.5, 0.0, 2.0])
result = {
    "and": np.logical_and(a, b),
    "or": np.logical_or(a, b),
    "not": np.logical_not(a),
    "xor": np.logical_xor(a, b),
}
print(result)
