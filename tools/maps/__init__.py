"""Map tools: the scaffold writer for new maps and the map linter."""
