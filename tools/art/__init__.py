"""The art generator: text-form pixel art and procedural helpers turned into PNGs."""
