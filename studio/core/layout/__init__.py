"""Book layout: page geometry (trim, bleed models, safe area) and text set into lines, computed once here and
used by the canvas on screen and by every printed output alike."""
