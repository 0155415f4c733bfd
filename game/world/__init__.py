"""The walkable world: maps, characters, collision, camera, rendering, cutscenes."""
