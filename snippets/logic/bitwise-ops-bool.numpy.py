"""On boolean arrays the operators `&`, `|`, `^` and `~` act as logical and, or, xor and not, and
they keep the boolean dtype in both libraries. Python's `and`, `or` and `not` cannot be used on
arrays: they need a single truth value (see [the ambiguous truth value](#truth-value-ambiguous)).
Parenthesise comparisons: `(x > 0) & (x < 5)`, since `&` binds tighter than `>`.
"""
# /// pair
# title = "The operators &, |, ^ and ~ on boolean arrays"
# expect = "equal"
# same_dtype = true
# order = 8
# numpy_call = "(x > 0) & ~(x == 3)"
# torch_call = "(x > 0) & ~(x == 3)"
# ///
import numpy as np

x = np.array([-1, 0, 2, 3, 6])
p = x > 0
q = x < 5
result = {"and": p & q, "or": p | q, "xor": p ^ q, "not": ~p, "mixed": (x > 0) & ~(x == 3)}
print(result)
