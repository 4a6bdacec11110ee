"""Code that runs inside a forked child: free of NumPy and PyTorch imports so it costs nothing to load."""
