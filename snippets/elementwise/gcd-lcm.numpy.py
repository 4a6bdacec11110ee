"""`np.gcd` and `np.lcm` work element-wise on integers and broadcast; `torch.gcd` and `torch.lcm`
are the same. Both return non-negative results for negative inputs.
"""
# /// pair
# title = "Greatest common divisor and least common multiple"
# expect = "equal"
# same_dtype = true
# order = 47
# numpy_call = "np.gcd(a, b)"
# torch_call = "torch.gcd(a, b)"
# ///
import numpy as np

a = np.array([12, -18, 7, 0])
b = np.array([18, 24, 5, 4])
result = {"gcd": np.gcd(a, b), "lcm": np.lcm(a, b)}
print(result)
