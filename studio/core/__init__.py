"""Pure-Python core: the project document, the assistant, export. Never imports Qt."""
