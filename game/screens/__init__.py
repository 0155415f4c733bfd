"""Menu screens: title, pause, save/load slots, settings, controls, credits, backlog."""
