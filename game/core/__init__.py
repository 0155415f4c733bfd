"""Engine core: the fixed-step loop, the scene stack, input, assets and display."""
