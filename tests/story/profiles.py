"""Choice profiles for the whole-game runs: which option a player picks at each choice,
part by part, and how they meet the contests and the flights. The plans of the act tests
(`plan_<part>(..., profile)`) read their choices from here, so a second run through
the other main branches is a second table, not a copy of every plan.

KIND is the first run (test_full_playthrough): it trusts, shares and saves. HARSH is
the second (test_harsh_playthrough): it takes the other side of each main branch the
story lets it (docs/story/BRANCHES.md says which flag each choice sets and who reads it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """One player's way through the story.

    `a1`, `vase` and `a1_end` are Act One's cursor moves (downs from where the cursor
    is: Act One is an input script); every other part's tuple is the option picked,
    choice by choice, in the order the part meets them."""

    name: str
    a1: tuple[int, ...]  # Alex, Varn, Ysolde, Castan, Siobhan, the oak, Mon-El, Rhea, the gift
    vase: tuple[int, ...]  # the vase stand-off, until Kara kneels
    a1_end: tuple[int, ...]  # the tray, the guard
    a2: tuple[int, ...]
    a3a: tuple[int, ...]
    a3b: tuple[int, ...]
    a4a: tuple[int, ...]
    slums_day: tuple[int, ...]
    slums_night: tuple[int, ...]  # the guard sweep's answers
    a4b: tuple[int, ...]
    a5: tuple[int, ...]
    a6: tuple[int, ...]
    a7: tuple[int, ...]
    families: int = 5  # Act Six: the families Lena fetches before the shield fails
    contest_skill: float | None = None  # None: Settings' contest skip; else that is off
    # and the contest bot plays every stand-off and the duel at this skill (0.0 loses)
    crooked_challenge: bool = False  # Act Four: the formal challenge spoken out of order once
    fire_on_lex: bool = False  # Act Six: hold fire in "Hold Fire" until Lex's ships are hit


KIND = Profile(
    "kind",
    a1=(0,  # Alex: "Promise to behave."
        1,  # Varn: ask about the harvest
        0,  # Ysolde: admit it
        1,  # Castan: press him about the miners
        0,  # Siobhan: let her down gently
        0,  # the oak: tease Alex about the collar
        0,  # Mon-El: hug him
        1,  # Rhea: kindness is a strength too
        1),  # the gift: "I don't want a slave"
    vase=(0, 2, 1),  # order (fails), talk softly (helps), kneel (wins)
    a1_end=(0,  # the tray: give her the key
            1),  # the guard: ask him, as a favour
    a2=(0,  # morning: eat
        1,  # panel: pry the cover off first
        1,  # view: let yourself look
        2,  # Winn: ask about the princess
        0,  # oath: "Yes, Princess."
        0,  # the Queen's jab: keep your eyes down
        0,  # during the vow: stay silent
        0,  # table: candles first
        1,  # firefly box: tap the lid first
        0,  # dinner: ask about Earth
        1,  # hands: leave your hand where it is
        0),  # portal: could it reach Earth?
    a3a=(0,  # after the match: ask Lena what she thought
         0,  # Leslie wants to look: let her
         0,  # "My servant."
         1,  # the invitation: just ask
         0,  # the toast: raise your glass
         1,  # Leslie's hints: stare her down
         0),  # the Queen: "I'll handle her."
    a3b=(1,  # Lord Teral: "My heart is already taken."
         0,  # Maggie: "Keep going. I'll cover for you."
         0,  # the pie: give Lena the slice
         0,  # the Queen in the garden: "Thank you, Mother."
         0,  # the door: shut away, she only hurts more
         0,  # the door: Kara would never hurt me
         0,  # the door: trust her the way I do
         0,  # the spare room: you didn't close that shield
         1),  # the vow: ask me properly
    a4a=(0,  # the council: ask for the heat scan
         0,  # Alex: "War's coming. She's safer behind walls."
         0),  # the rally: kneel at once
    slums_day=(0,  # the line: "Does anyone ever get out?"
               0,  # the crates: give the children the bread
               0,  # Oscar: "Mr. Sawyer."
               1,  # Maggie's sums: "...Queen."
               0),  # Oscar's story: ask who stood by him
    slums_night=(0, 0, 0, 0, 0),  # the sweep: "Amy Taylor", every answer fits
    a4b=(0,  # hangar: record a message anyway
         0,  # Lucy: unpin the strategist's badge
         0),  # balcony: "You couldn't have known"
    a5=(0,  # Winn: the red sun on the clasp
        1,  # Lucy: "Tell me how to bring the seven home."
        0,  # Mon-El: hug him
        1,  # J'onn: "I'm scared."
        0,  # J'onn carries an answer to Lena: "I'm coming home."
        1,  # Rhea: draw your blade
        0,  # Rhea kneels: offer her your hand
        1,  # the shield: open a lane
        0),  # James: "I'm sorry."
    a6=(0,  # command centre: "Then I'll buy you seconds"
        0,  # the broadcast: "The slums: go to stone"
        0,  # Oscar: "No. The temple's stone."
        0,  # Pell: "It's wood and cloth"
        1,  # Corwin: shout about the crates
        0,  # Maggie: "She'll come back. She promised dinner."
        1,  # temple door: "Keep the door shut behind me"
        0,  # Lex: run to him
        1),  # before the pod run: "Then fly, First Charge."
    a7=(0,  # runway: step between Astra and your mother
        0,  # medical room: tell Mon-El what Astra wants
        0,  # the ship: embrace her
        1,  # General Lane: let Lucy decide
        0,  # sunrise: offer her a ship home
        1,  # first decree: open the line
        1),  # the pin: hand it to Maggie
)

HARSH = Profile(
    "harsh",
    a1=(0, 1, 0, 1,
        1,  # Siobhan: tell her plainly, no (siobhan_grudge)
        0, 0,
        0,  # Rhea: agree, to keep the peace
        0),  # the gift: thank your mother
    vase=(1, 2),  # let your presence fill the room (trust -2), then kneel
    a1_end=(1,  # the tray: promise to knock (no key)
            0),  # the guard: order him, as a princess
    a2=(1,  # morning: leave the tray
        0,  # panel: press the symbol
        0,  # view: measure the drop
        0,  # Winn: ask how he got here
        0,  # oath: "Yes, Princess."
        2,  # the Queen's jab: answer her (suspicion +3, oath_spoke)
        0, 0, 0,  # the vow: stay silent; table: candles first; firefly box
        1,  # dinner: ask about her work
        0,  # hands: reach for her hand
        1),  # portal: who's watching it?
    a3a=(1,  # after the match: pretend you didn't see her
         1,  # Leslie wants to look: refuse
         1,  # "Her name is Lena." (leslie_suspects)
         0,  # the invitation: ramble
         1,  # the toast: keep your hands in your lap
         0,  # Leslie's hints: laugh it off
         1),  # the Queen: "She's harmless."
    a3b=(0,  # Lord Teral: decline politely
         1,  # Maggie: "Stop, before someone gets hurt." (maggie_trained false)
         1,  # the pie: eat it yourself
         1,  # the Queen in the garden: "I did it to protect someone."
         1,  # the door: "I could just walk past you."
         2,  # the door: "Move aside. That's an order."
         2,  # the door: "Because I'm asking nicely." (alex_trusts_lena false)
         1,  # the spare room: "Then next time, don't kneel."
         0),  # the vow: "Yes."
    a4a=(0,
         1,  # Alex: "Where would she even go?" (no doubt)
         1),  # the rally: look at Kara first
    slums_day=(1,  # the line: "I've stood in worse queues."
               1,  # the crates: keep your hood low (no bread)
               1,  # Oscar: "Oscar." (not won over)
               0,  # Maggie's sums: "That's absurd. I'm from Earth."
               1),  # Oscar's story: ask how Maggie met Alex
    slums_night=(1,  # "Why do you want to know?"
                 2),  # "From... further in." (the meter fills: caught)
    a4b=(1,  # hangar: tuck the photo in instead (no message)
         1,  # Lucy: turn your back on him (the pin stays)
         1),  # balcony: "You should have come to me"
    a5=(1,  # Winn: "Leave the clasp bare."
        0,  # Lucy: "Then we make it three in ten."
        1,  # Mon-El: "Say it again when I've won."
        0,  # J'onn: "Tell her the sky's hers."
        1,  # J'onn carries an answer to Lena: "I'm sorry I sent her away."
        1,  # Rhea: draw your blade
        1,  # Rhea kneels: let her stay down
        0,  # the shield: lower all of it
        1),  # James: "Nice cell."
    a6=(1,  # command centre: every turret on the palace shield
        1,  # the broadcast: "Everyone: stay inside"
        0,  # Oscar: "No. The temple's stone."
        1,  # Maggie: "Help me with the children."
        0,  # temple door: "I need to see the sky."
        1,  # Lex: "You're late."
        0),  # before the pod run: "You're sure?"
    a7=(1,  # runway: let Astra speak
        1,  # medical room: ask him to rest
        1,  # the ship: bow to her
        0,  # General Lane: to the cells
        1,  # sunrise: ask her to stay
        2,  # first decree: shut the weapon plant
        0),  # the pin: pin it on her yourself
    families=0,
    contest_skill=0.0,
    crooked_challenge=True,
    fire_on_lex=True,
)
