"""The application core: the composition root (`Studio`) and the use-cases that the window and the command
line both call. Front ends gather input, call one use-case, and show the result."""
