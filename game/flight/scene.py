from game.core.scene import Scene
class FlightScene(Scene):
    pass
