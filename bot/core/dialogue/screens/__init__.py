"""One module per kind of step; each registers its screen when imported (all are, here)."""

from __future__ import annotations

import importlib
import pkgutil

# Importing the package registers every screen in it: a new screen is one new module here
# plus its steps in flows/.
for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
