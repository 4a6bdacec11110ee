"""`np.random.choice` samples with replacement by default, so drawing 5 items out of 3 works.
`torch.multinomial`, its usual translation, samples without replacement by default and raises
`RuntimeError` when asked for more samples than categories (and would give no repeats when asked
for fewer). Pass `replacement=True`, as in [the faithful translation](#choice-weighted).
"""
# /// pair
# title = "choice and multinomial: opposite replacement defaults"
# expect = "differs"
# difference = "torch.multinomial samples without replacement by default"
# see = ["random/choice-weighted"]
# fix = "random/choice-weighted"
# order = 13
# numpy_call = "np.random.choice(3, 5)"
# torch_call = "torch.multinomial(torch.ones(3), 5)"
# ///
import numpy as np

np.random.seed(0)
draws = np.random.choice(3, 5)
print(draws)
result = draws.shape
