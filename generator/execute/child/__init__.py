"""Code that runs outside the parent process: the warm server and the snippet children it forks.

The engine starts ``python -P -m generator.execute.child.server``; the server imports the sides'
libraries once (``warm``) and forks one child per snippet, which runs ``run.run_child`` and
confines itself (``confine``, with ``landlock``, ``seccomp`` and the server's ``cgroups``).
Nothing in the parent imports this package (a test keeps it so): what the two sides share is in
``generator.execute.contract``, ``record``, ``runs``, ``values`` and ``tree``.
"""
