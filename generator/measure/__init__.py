"""Performance measurements: machine limits, NumPy against PyTorch sweeps, the sigmoid experiment.

Runs in its own process (``python -m generator.measure``) because it imports PyTorch and sets
thread counts for the whole process.
"""
