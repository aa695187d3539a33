"""The pure core: domain model, location resolution and matching. No I/O, no Telegram, no database."""
