"""Datasette plugins of kg browse (a folder datasette publish --plugins-dir can ship as it is)."""
