"""The terminal adapter: the same core, over stdin and stdout."""
