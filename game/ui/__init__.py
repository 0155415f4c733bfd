"""User interface pieces: text, boxes, menus, transitions."""
