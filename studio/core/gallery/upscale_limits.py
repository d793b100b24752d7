"""How far a picture may be made larger, in a module light enough for the command line to import at start-up."""

MAX_FACTOR = 4.0  # beyond this an upscaled picture invents more than it keeps
