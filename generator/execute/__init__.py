"""Stage 2, execute: run every snippet in isolation and record what it produced.

The parent side lives here: ``engine`` (cache lookups, jobs to the warm server), ``collect``
(replies into ``SideRun`` values, through ``record`` and ``svg``), ``cache``, ``progress``.
``contract`` is everything the parent and the processes it starts agree on (messages, framing,
settings, exit codes); ``record`` is how a run crosses back and is checked, ``runs`` and
``values`` are the data it holds. The code that runs outside the parent process, in the warm
server and the snippet children forked from it, is in ``child`` and is never imported by the
parent.
"""
