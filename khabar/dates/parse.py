"""Find date expressions in tokens: a small hand-written grammar over the lexicon's word classes.

Recognised, longest first at each token: ``[يوم] [weekday] DAY [من] [شهر] MONTH [(MONTH)] [YEAR]
[هـ|م] [الماضي|المقبل]``, ``[شهر] MONTH YEAR|direction``, ``عام YEAR``, a bare year after في/منذ
or before punctuation, ``27/12/2022``, relative days (أمس, أول أمس, غدا) optionally followed by a
weekday, ``الأسبوع الماضي`` and ``[يوم] weekday [الماضي|المقبل]``. Month names alone (مارس is
also a verb, صفر is zero) are never dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.data import load_json
from khabar.dates.resolve import CURRENT, FUTURE, PAST, Parsed
from khabar.doc import Token
from khabar.lang.ar.normalize import normalize

_CLITIC_DIGITS = re.compile(r"^(\D{1,2})(\d+)$")  # و7 is one token: و + 7
_NUMERIC = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")
_CLOSE = {"(": ")", "[": "]"}
_SEPARATORS = {"/", "-", "."}
_END_PUNCT = {".", ",", ";", ":", "!", "?", ")", "»", '"', "،"}
MIN_YEAR, MAX_YEAR = 1000, 2100  # after a month or عام
BARE_MIN_YEAR = 1900  # a year standing alone
MIN_HIJRI_YEAR, MAX_HIJRI_YEAR = 1300, 1500


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[tuple[str, ...], int]
    hijri_months: dict[tuple[str, ...], int]
    weekdays: dict[str, int]
    ambiguous_weekdays: frozenset[str]
    relative_days: dict[tuple[str, ...], int]
    units: dict[str, str]
    directions: dict[str, int]
    day_words: frozenset[str]
    month_words: frozenset[str]
    year_words: frozenset[str]
    year_context: frozenset[str]
    time_of_day: frozenset[str]
    hijri_markers: frozenset[str]
    gregorian_markers: frozenset[str]
    longest: int
    starters: frozenset[str]  # words a non-numeric expression can begin with


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The date lexicon (khabar/data/dates/lexicon.json), normalised once per process."""
    raw = load_json("dates", "lexicon.json")

    def phrases(table: dict[str, list[str]]) -> dict[tuple[str, ...], int]:
        return {_words(name): int(num) for num, names in table.items() for name in names}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in raw[key])

    directions = {normalize(w): d for key, d in (("past", PAST), ("future", FUTURE), ("current", CURRENT))
                  for w in raw[key]}
    months, hijri = phrases(raw["months"]), phrases(raw["hijri_months"])
    relative = {_words(k): v for k, v in raw["relative_days"].items()}
    return Lexicon(
        months=months,
        hijri_months=hijri,
        weekdays={normalize(name): int(num) for num, names in raw["weekdays"].items() for name in names},
        ambiguous_weekdays=words("ambiguous_weekdays"),
        relative_days=relative,
        units={normalize(k): v for k, v in raw["units"].items()},
        directions=directions,
        day_words=words("day_words"),
        month_words=words("month_words"),
        year_words=words("year_words"),
        year_context=words("year_context"),
        time_of_day=words("time_of_day"),
        hijri_markers=words("hijri_markers"),
        gregorian_markers=words("gregorian_markers"),
        longest=max(len(k) for k in (*months, *hijri, *relative)),
        starters=frozenset(
            [k[0] for k in (*months, *hijri, *relative)] + [normalize(w) for key in (
                "day_words", "month_words", "year_words") for w in raw[key]]
            + [normalize(w) for names in raw["weekdays"].values() for w in names]
            + [normalize(w) for w in raw["units"]]),
    )


@lru_cache(maxsize=1)
def _digit_clitics() -> frozenset[str]:
    """Proclitics that can stick to a number (و7, ب2022): clitics.json's, without the article."""
    return frozenset(p for p in load_json("lexicons", "clitics.json")["prefixes"] if "ال" not in p)


def _matching_form(tok: Token, clitics: frozenset[str]) -> str:
    m = _CLITIC_DIGITS.match(tok.norm)
    return m[2] if m and m[1] in clitics else tok.stem


@dataclass(slots=True)
class Match:
    start: int  # token index of the first token
    end: int  # token index after the last token
    parsed: Parsed


class Matcher:
    """Scans a token list once; each recogniser returns the end token index and what it read."""

    def __init__(self, tokens: list[Token]) -> None:
        self.toks = tokens
        self.n = len(tokens)
        self.lex = lexicon()
        clitics = _digit_clitics()
        self.words = [_matching_form(t, clitics) for t in tokens]

    def word(self, i: int) -> str:
        """The token's matching form: normalised, proclitics off (وأمس -> امس, و7 -> 7)."""
        return self.words[i] if 0 <= i < self.n else ""

    def start_char(self, i: int) -> int:
        """Where a match starting at token i begins in the text, leaving out a proclitic."""
        tok = self.toks[i]
        if self.word(i).isdigit() and not tok.norm.isdigit():
            return tok.start + next(k for k, ch in enumerate(tok.text) if ch.isdigit())
        return tok.stem_start

    def find(self) -> list[Match]:
        out: list[Match] = []
        i = 0
        starters = self.lex.starters
        while i < self.n:
            word = self.words[i]
            match = self.match_at(i) if word in starters or word[:1].isdigit() else None
            if match is None:
                i += 1
                continue
            out.append(match)
            i = match.end
        return out

    def match_at(self, i: int) -> Match | None:
        lex = self.lex
        j = i
        day_word = self.word(j) in lex.day_words
        if day_word:
            j += 1
        weekday = lex.weekdays.get(self.word(j))
        if weekday is not None:
            j += 1
        date = self.calendar(j)
        if date is not None:
            end, parsed = date
            parsed.weekday = weekday
            return Match(i, end, parsed)
        if weekday is not None:
            return self.weekday_expr(i, j, weekday, day_word)
        if day_word:
            return None
        return self.relative(i) or self.unit(i) or self.numeric(i) or self.year_expr(i)

    # --- recognisers -------------------------------------------------------------------------

    def calendar(self, j: int) -> tuple[int, Parsed] | None:
        """DAY [من] [شهر] MONTH ... or [شهر] MONTH YEAR|direction."""
        lex = self.lex
        day = self.number(j, 1, 31)
        k = j + 1 if day is not None else j
        if day is not None and self.word(k) == "من":
            k += 1
        month_word = self.word(k) in lex.month_words
        if month_word:
            k += 1
        found = self.month(k)
        if found is None:
            return None
        k, month, hijri = found
        k = self.alternative_month(k, month, hijri)
        parsed = Parsed(day=day, month=month, hijri=hijri)
        if self.word(k) in lex.year_words:
            k += 1 if self.year_number(k + 1, hijri) is not None else 0
        year = self.year_number(k, hijri)
        if year is not None:
            parsed.year = year
            k += 1
            k = self.marker(k, parsed)
        direction = lex.directions.get(self.word(k))
        if direction in (PAST, FUTURE) and year is None:
            parsed.direction = direction
            k += 1
        if day is None and year is None and parsed.direction is None and not month_word:
            return None  # a month name alone is not a date
        if hijri and day is None and year is None:
            return None
        return k, parsed

    def month(self, k: int) -> tuple[int, int, bool] | None:
        """Longest month name (Gregorian, Levantine, Maghrebi or Hijri) at token k."""
        for size in range(self.lex.longest, 0, -1):
            key = tuple(self.word(x) for x in range(k, k + size))
            if key in self.lex.months:
                return k + size, self.lex.months[key], False
            if key in self.lex.hijri_months:
                return k + size, self.lex.hijri_months[key], True
        return None

    def alternative_month(self, k: int, month: int, hijri: bool) -> int:
        """Skip the other calendar's name of the same month: يناير (كانون الثاني), آذار/مارس."""
        opener = self.toks[k].text if k < self.n else ""
        if opener in _CLOSE or opener in ("/", "-"):
            found = self.month(k + 1)
            if found and found[1] == month and found[2] == hijri:
                end = found[0]
                if opener in _CLOSE:
                    if end < self.n and self.toks[end].text == _CLOSE[opener]:
                        return end + 1
                    return k
                return end
        return k

    def marker(self, k: int, parsed: Parsed) -> int:
        word = self.word(k)
        if word in self.lex.hijri_markers:
            return k + 1 if parsed.hijri or MIN_HIJRI_YEAR <= (parsed.year or 0) <= MAX_HIJRI_YEAR else k
        if word in self.lex.gregorian_markers and not parsed.hijri:
            return k + 1
        return k

    def weekday_expr(self, i: int, j: int, weekday: int, day_word: bool) -> Match | None:
        direction = self.lex.directions.get(self.word(j))
        ambiguous = self.word(j - 1) in self.lex.ambiguous_weekdays
        if ambiguous and not (day_word or direction is not None or self.word(i - 1) in self.lex.time_of_day):
            return None
        parsed = Parsed(weekday=weekday, direction=direction if direction in (PAST, FUTURE) else None)
        return Match(i, j + 1 if direction is not None else j, parsed)

    def relative(self, i: int) -> Match | None:
        for size in range(self.lex.longest, 0, -1):
            key = tuple(self.word(x) for x in range(i, i + size))
            if key in self.lex.relative_days:
                end = i + size
                nxt = self.word(end)
                if nxt in self.lex.weekdays:  # أمس الخميس, اليوم الأحد
                    end += 1
                elif key == ("اليوم",) and nxt.startswith("ال"):  # اليوم العالمي, اليوم التالي
                    return None
                return Match(i, end, Parsed(offset=self.lex.relative_days[key]))
        return None

    def unit(self, i: int) -> Match | None:
        unit = self.lex.units.get(self.word(i))
        direction = self.lex.directions.get(self.word(i + 1))
        if unit is None or direction is None:
            return None
        return Match(i, i + 2, Parsed(unit=unit, direction=direction))

    def year_expr(self, i: int) -> Match | None:
        """عام 2015 (عام 1443 هـ is a Hijri year), or a bare recent year after في/منذ or before
        punctuation."""
        if self.word(i) in self.lex.year_words:
            year = self.number(i + 1, MIN_YEAR, MAX_YEAR, digits=4)
            if year is None:
                return None
            parsed = Parsed(year=year, hijri=self.word(i + 2) in self.lex.hijri_markers)
            return Match(i, self.marker(i + 2, parsed), parsed)
        year = self.number(i, BARE_MIN_YEAR, MAX_YEAR, digits=4)
        if year is None:
            return None
        nxt = self.toks[i + 1].text if i + 1 < self.n else ""
        if self.word(i - 1) in self.lex.year_context or nxt in _END_PUNCT or i + 1 == self.n:
            return Match(i, i + 1, Parsed(year=year))
        return None

    def numeric(self, i: int) -> Match | None:
        """27/12/2022, 2022-12-27 (three tokens) or 27.12.2022 (one token)."""
        m = _NUMERIC.match(self.word(i))
        end = i + 1
        if m:
            parts = [m[1], m[2], m[3]]
        elif (i + 4 < self.n and self.toks[i + 1].text in _SEPARATORS
              and self.toks[i + 3].text == self.toks[i + 1].text):
            parts = [self.word(i), self.word(i + 2), self.word(i + 4)]
            end = i + 5
        else:
            return None
        if not all(p.isdigit() for p in parts):
            return None
        a, b, c = (int(p) for p in parts)
        if len(parts[0]) == 4 and 1 <= b <= 12 and 1 <= c <= 31:
            return Match(i, end, Parsed(day=c, month=b, year=a))
        if len(parts[2]) == 4 and 1 <= b <= 12 and 1 <= a <= 31 and BARE_MIN_YEAR <= c <= MAX_YEAR:
            return Match(i, end, Parsed(day=a, month=b, year=c))
        return None

    # --- numbers -----------------------------------------------------------------------------

    def number(self, k: int, low: int, high: int, digits: int | None = None) -> int | None:
        word = self.word(k)
        if not word.isdigit() or len(word) > 4 or (digits and len(word) != digits):
            return None
        return int(word) if low <= int(word) <= high else None

    def year_number(self, k: int, hijri: bool) -> int | None:
        low, high = (MIN_HIJRI_YEAR, MAX_HIJRI_YEAR) if hijri else (MIN_YEAR, MAX_YEAR)
        return self.number(k, low, high, digits=4)
