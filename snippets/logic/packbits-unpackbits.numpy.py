"""`np.unpackbits(x)` expands each uint8 into its 8 bits, most significant first, and
`np.packbits(bits)` packs groups of 8 bits back into bytes, padding the last group with zeros.
PyTorch has neither; both are a shift or a weighted sum against the powers of two
`[128, 64, ..., 1]`. Use `bitorder="little"` in NumPy or reverse the powers for least significant
first.
"""
# /// pair
# title = "Bits to bytes and back: np.packbits, np.unpackbits"
# expect = "equal"
# same_dtype = true
# order = 25
# numpy_call = "np.unpackbits(x)"
# torch_call = "((x.unsqueeze(-1) >> torch.arange(7, -1, -1)) & 1).flatten()"
# ///
import numpy as np

x = np.array([5, 255, 128], dtype=np.uint8)
bits = np.unpackbits(x)
result = {
    "unpackbits": bits,
    "packbits": np.packbits(bits),
    "packbits_padded": np.packbits(np.array([1, 0, 1, 1, 1], dtype=np.uint8)),
}
print(result)
