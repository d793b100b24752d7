"""The gallery pane: the virtualized grid, its filters, the provenance panel, import and export."""
