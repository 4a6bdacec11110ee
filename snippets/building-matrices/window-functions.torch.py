import torch

M = 7
f64 = torch.float64
result = {
    "hanning": torch.hann_window(M, periodic=False, dtype=f64),
    "hamming": torch.hamming_window(M, periodic=False, dtype=f64),
    "blackman": torch.blackman_window(M, periodic=False, dtype=f64),
    "bartlett": torch.bartlett_window(M, periodic=False, dtype=f64),
    "kaiser": torch.kaiser_window(M, periodic=False, beta=5.0, dtype=f64),
}
print(result)
