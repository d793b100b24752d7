"""The only layer that imports Qt: widgets, views, dialogs, and the qasync loop."""
