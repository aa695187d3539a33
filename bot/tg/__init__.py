"""The Telegram adapter (python-telegram-bot 22): updates in, engine replies out."""
