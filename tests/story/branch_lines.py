"""Lines only one of the two whole-game runs may read: the harsh run's (tests/story/
test_harsh_playthrough.py) and the first run's (test_full_playthrough.py). Each run
asserts it read its own and none of the other's, so a harsher branch that goes quiet,
or an else-line that leaks into the kinder run, fails one of them."""

from __future__ import annotations

# the Queen's suspicion at 8 and over (the harsh run has 10 from Act Four), by part
HIGH_SUSPICION: dict[str, tuple[str, ...]] = {
    "Act Four, the council": (
        "I hear a great many things, Danvers. Lately I have begun to believe them.",
        "Everyone is resting lately. Everyone but me. I do notice, Kara."),
    "Act Four, the challenge": (
        "The balcony dinners. The spare room. The gift who was not at my rally. I counted, "
        "and waited.",),
    "Act Four, the slums by night": (
        "Palace orders. The Queen wants a dark-haired woman, off-world voice. Seen one?",),
    "Act Five, before Rao": (
        "The Queen sent cadets past the line tonight, asking for her by description. She "
        "knows more than you think.",
        "I watched you hide her for weeks, and I let you. I thought a secret would keep you "
        "gentle."),
}

# Act Seven and the epilogue as the harsh flags tell them
EPILOGUE = (
    "My ships will stay on the ground until someone apologises for the shooting.",
    "J'onn brought me your sorry. I've been arguing with it all night. You're losing.",
    "You said you loved her from your knees, in my throne room. I took it for surrender.",
    "Eventually. After the shooting. We'll be discussing the shooting.",
    "Lady Siobhan came. She's sitting beside a fishmonger, smiling like it hurts.",
    "The last time you knelt in this room, it was to her. Today it is to them.",
    "I don't always believe you the first time yet. Some days it takes me twice.",
    "Not everyone reached the temple. The street remembers who didn't. And who kept "
    "shouting for them.",
    "I told you to get up, in the arena. You got up. I'm taking the credit for that "
    "forever.",
    "And you still owe me a rematch. Two to one. I wrote it down.",
    "Lena. At that door, I wouldn't hear you. I was wrong. That's the whole speech.",
    "Where the sun plant stood, there is only dark. The red sun rises a little paler "
    "each year.",
    "No family reached the temple on the night of the shield. Now every street past the "
    "line has a stone shelter, its door wedged open.",
    "Leslie Willis rules Rann now. She has never once visited. Her supply ships are never "
    "late.",
    "Her envoys still call Lena \"the gift\" when they think nobody hears. Lena answers "
    "them in perfect Rannish.",
    "Lady Siobhan writes every season to say she is not coming. She always comes.",
    "East gate's changed over. Omegas and Betas, one uniform. Lena's rota. I checked it "
    "twice. Didn't need to.",
    "Once, at dinner. Down from twice. He calls that peace.",
    "I bowed to Mother at that ship, when I could have held her. I'd do it the other way "
    "now.",
    "You once asked me to stay. You're still asking. Every morning.",
    "She's asleep. Come inside before you fall asleep on the stone, Majesty.")

# the first run's side of the same branches
FIRST_EPILOGUE = (
    "J'onn brought me two words. Yes, and home. You kept both. Barely.",
    "Five families in that temple. The street calls it the queens' count now.",
    "The temple steps are busy with grandchildren. Five families tell the night of the "
    "shield as if it were theirs.",
    "Rann's envoys bow lower than they used to. Someone told them about a reception.",
    "Lady Siobhan sends flowers on the princess's birthday. Too many flowers. It's her way.",
    "Guard change on the east gate. Omegas and Betas, same uniform. Nobody blinked.",
    "She sang that song to me once. I think. Before she forgot how.",
    "She's asleep. You did it again: put a whole planet to bed with one song.")

# neither run brings two wingmen home (the headless seat cannot fly): both read the loss
NO_WINGMEN = ("On the runway stands a stone with the names of the pilots who flew into the "
              "storm. Once a year, at dawn, Alex reads every one aloud.",
              "Most of them didn't come home. Say their names to me. You can't.")

# every line the first run must never read
HARSH_ONLY = (*EPILOGUE, *(line for part in HIGH_SUSPICION.values() for line in part))
