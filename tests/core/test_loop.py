"""The real-time loop on a fake clock: a second of play is 60 steps, and after one
long step (a map swap at black) the next frames are drawn a step apart, so a fade-in
does not jump, while a stall outside the steps is still caught up."""

from __future__ import annotations

from game.core.loop import STEP, LoopHooks, run_realtime


class FakeTime:
    """A clock that only moves when the game does work or sleeps."""

    def __init__(self, step_cost: dict[int, float], render_cost: float = 0.001,
                 stall_before_pass: dict[int, float] | None = None, passes: int = 800):
        self.now = 0.0
        self.step_cost = step_cost
        self.render_cost = render_cost
        self.stall = stall_before_pass or {}
        self.passes = passes
        self.steps = 0
        self.steps_per_render: list[int] = []
        self._since_render = 0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    def poll(self) -> None:
        self.now += self.stall.get(len(self.steps_per_render), 0.0)

    def step(self) -> None:
        self.now += self.step_cost.get(self.steps, 0.0002)
        self.steps += 1
        self._since_render += 1

    def render(self) -> None:
        self.now += self.render_cost
        self.steps_per_render.append(self._since_render)
        self._since_render = 0

    def running(self) -> bool:
        return len(self.steps_per_render) < self.passes

    def run(self) -> int:
        return run_realtime(LoopHooks(self.poll, self.step, self.render, self.running),
                            self.clock, self.sleep)


def test_a_second_of_play_is_sixty_steps() -> None:
    fake = FakeTime({}, passes=2000)
    fake.run()
    assert abs(fake.steps - fake.now / STEP) <= 1.5


def test_after_a_long_step_the_next_frames_are_one_step_apart() -> None:
    fake = FakeTime({30: 0.060})  # the 31st step swaps the maps: 60 ms
    fake.run()
    after = fake.steps_per_render
    swap_pass = next(i for i in range(len(after)) if sum(after[:i + 1]) > 30)
    assert max(after[swap_pass + 1:swap_pass + 20]) == 1  # the fade-in, frame by frame


def test_a_stall_outside_the_steps_is_still_caught_up() -> None:
    fake = FakeTime({}, stall_before_pass={300: 0.050})  # a window drag, say
    fake.run()
    assert max(fake.steps_per_render[300:302]) >= 3
