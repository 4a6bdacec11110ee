import torch

t = torch.arange(6).reshape(2, 3)
rows_reversed = torch.flip(t, (0,))
cols_reversed = t.flip(1)
both = t.flip((0, 1))
print(rows_reversed, cols_reversed, both, sep="\n")
same_storage = rows_reversed.untyped_storage().data_ptr() == t.untyped_storage().data_ptr()
print("shares memory:", same_storage)
result = (rows_reversed, cols_reversed, both)
