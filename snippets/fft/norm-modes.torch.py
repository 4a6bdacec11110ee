import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0], dtype=torch.float64)
result = {mode: torch.fft.fft(x, norm=mode) for mode in ("backward", "ortho", "forward")}
result["ortho_round_trip"] = torch.fft.ifft(result["ortho"], norm="ortho")
print(result["backward"][0], result["ortho"][0], result["forward"][0])
