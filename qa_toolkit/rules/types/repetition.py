"""Unresolved calls (context repetition): the customer asks the same thing again, or says so.

Two customer turns are the same question when their syllable bigrams overlap (Dice
coefficient of the turns' syllable codes, so homophones and Traditional characters count as
the same); a question said again ``min_repeats`` times, or a phrase such as 我刚才说过 /
你还是没说 / 到底, is a hit quoting the repeated sentences.
"""

from __future__ import annotations

from qa_toolkit.pii import mask_text
from qa_toolkit.rules.base import EvalContext, Param, Rule, all_matches, fmt_time, excerpt
from qa_toolkit.rules.streams import Stream
from qa_toolkit.types import Outcome


def _bigrams(enc: str) -> set[str]:
    return {enc[i:i + 2] for i in range(len(enc) - 1)}


class Repetition(Rule):
    type_name = "repetition"
    summary = ("The role says the same sentence again min_repeats times, or an 'I said that "
               "already' phrase: one hit per call quoting the repeated sentences.")
    params = {
        "phrases": Param("phrases", [], help="Phrases that say the question went unanswered."),
        "fuzzy": Param("bool", False, help="Near matches of the phrases count (到底 is short: off)."),
        "min_repeats": Param("int", 2, help="Times a sentence is said again after the first."),
        "similarity": Param("float", 0.6, help="Least syllable-bigram overlap (Dice) of two turns."),
        "min_chars": Param("int", 5, help="Shorter turns (好的, 对对) are not questions."),
    }

    def setup(self) -> None:
        self.signal = self.phrases("phrases")

    def evaluate(self, ctx: EvalContext) -> list[Outcome]:
        role = self.spec.role
        stream = ctx.stream(role)
        spans: list[tuple[float, float]] = []
        said: list[str] = []
        for group in self._groups(stream):
            if len(group) > int(self.p["min_repeats"]):
                turns = [stream.turns[i] for i in group]
                spans.append((turns[0].start, turns[-1].end))
                said.append(f"asked {len(group)} times: " + " / ".join(
                    f"{fmt_time(t.start)} 「{mask_text(stream.norms[i])}」"
                    for i, t in zip(group, turns)))
        for m in all_matches(stream, self.signal):
            t0, t1 = stream.time_span(m.start, m.end)
            spans.append((t0, t1))
            said.append(f"{fmt_time(t0)} {excerpt(stream, m.start, m.end)}")
        if not spans:
            return [self.passed(role=role)]
        # One hit per call: repeating the question and saying so are one unresolved need.
        return [self.hit(start=min(s for s, _ in spans), end=max(e for _, e in spans), role=role,
                         evidence=f"{role} " + "; ".join(said))]

    def _groups(self, stream: Stream) -> list[list[int]]:
        """Turns grouped by similarity to a group's first turn, in order."""
        least = float(self.p["similarity"])
        shortest = int(self.p["min_chars"])
        groups: list[tuple[set[str], int, list[int]]] = []
        seen: dict[str, list[int]] = {}
        """A text heard before joins the same group: the groups before it are unchanged and
        the one it joined (or began) still matches it, so the search would find it again."""
        for i, norm in enumerate(stream.norms):
            if len(norm) < shortest:
                continue
            off = stream.offsets[i]
            enc = stream.enc[off:off + len(norm)]
            members = seen.get(enc)
            if members is not None:
                members.append(i)
                continue
            grams = _bigrams(enc)
            size = len(grams)
            # Dice written out in a plain loop: a generator and a call per pair were a quarter
            # of this rule's time (bench/rules.py, see the commit). Two turns of very different
            # lengths cannot reach ``least`` (Dice <= 2 min / sum), so they are not intersected.
            for first, first_size, members in groups:
                total = first_size + size
                if (2 * min(first_size, size) / total if total else 0.0) < least:
                    continue
                dice = 2 * len(first & grams) / total if first_size and size else 0.0
                if dice >= least:
                    members.append(i)
                    break
            else:
                members = [i]
                groups.append((grams, size, members))
            if size and least <= 1.0:
                seen[enc] = members
        return [members for _, _, members in groups]
