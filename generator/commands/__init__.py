"""Stage 5, commands: the command line, the live preview and the terminal reports, over the stages.

``services`` holds what the commands share (loading the catalog, making the engine), free of
argparse; ``cli`` parses options into those calls; ``serve`` is the preview; ``report`` prints
tables and explanations.
"""
