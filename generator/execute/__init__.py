"""Stage 2, execute: run every snippet in isolation and record what it produced.

The parent side lives here: ``engine`` (cache lookups, jobs to the warm server, replies into
``SideRun`` values), ``cache``, ``progress``. ``contract`` is everything the parent and the
processes it starts agree on (messages, framing, file names, exit codes); ``runs`` and ``values``
are the data that crosses back. The code that runs outside the parent process, in the warm server
and the snippet children forked from it, is in ``child`` and is never imported by the parent.
"""
