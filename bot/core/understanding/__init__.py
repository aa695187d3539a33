"""Understanding what people write: the language of a message (and, later, what it says)."""
