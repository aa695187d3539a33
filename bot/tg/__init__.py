"""The Telegram adapter (python-telegram-bot 22): updates in, engine replies out."""

import os

# Opt in to PTB's coming behaviour (durations as timedelta, e.g. RetryAfter.retry_after) so
# the current one does not warn on every flood limit; the adapter reads both forms.
os.environ.setdefault("PTB_TIMEDELTA", "1")
