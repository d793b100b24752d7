"""Chat and image backends behind one async protocol. Never imports Qt or studio.core."""
