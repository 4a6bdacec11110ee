"""The site's templates: Jinja pages, the stylesheet and scripts, theme overrides, ``requires.yml``.

A folder of files, not code: this file only makes it a package, so that the wheel ships it as
``generator.site_templates`` and the generator finds it, installed or editable, from any folder.
"""
