"""The pure core: domain model, places and matching. No I/O, no Telegram, no database."""
