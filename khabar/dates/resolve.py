"""Calendar arithmetic: turn a parsed date expression into an ISO value against the document date.

Values carry the precision the text gives: ``YYYY-MM-DD`` (a day), ``YYYY-MM`` (a month),
``YYYY`` (a year). A week (الأسبوع الماضي) resolves to the day seven days off. Without a document
date, anything that needs one resolves to None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

PAST, FUTURE, CURRENT = -1, 1, 0
FUTURE_WEIGHT = 2
_DOC_DATE = re.compile(r"^\s*(\d{4})[-/]?(\d{2})[-/]?(\d{2})")
_DOC_DATE_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


@dataclass(slots=True)
class Parsed:
    """What the matcher read: any of day/month/year, a weekday, a relative day or unit."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    hijri: bool = False
    weekday: int | None = None
    offset: int | None = None  # relative days (أمس = -1)
    unit: str | None = None  # week / month / year
    direction: int | None = None  # PAST, FUTURE, CURRENT or None


def parse_doc_date(value: str | None) -> dt.date | None:
    """The document date from '2022-09-06', '2017-01-21T16:19:00+01:00', '20071208' or
    '03/11/2015' (day first); None when absent or unreadable."""
    if not value:
        return None
    m = _DOC_DATE.match(value)
    ymd = (m[1], m[2], m[3]) if m else None
    if ymd is None and (m := _DOC_DATE_DMY.match(value)):
        ymd = (m[3], m[2], m[1])
    if ymd is None:
        return None
    try:
        return dt.date(*map(int, ymd))
    except ValueError:
        return None


def resolve(p: Parsed, ref: dt.date | None) -> str | None:
    """The ISO value of a parsed expression, or None when it cannot be pinned down."""
    if p.offset is not None:
        return (ref + dt.timedelta(days=p.offset)).isoformat() if ref else None
    if p.unit is not None:
        return _unit(p.unit, p.direction or CURRENT, ref)
    if p.month is not None:
        return _hijri(p, ref) if p.hijri else _gregorian(p, ref)
    if p.year is not None:
        return None if p.hijri else f"{p.year:04d}"
    if p.weekday is not None and ref is not None:
        return _weekday(p.weekday, p.direction, ref).isoformat()
    return None


def _unit(unit: str, direction: int, ref: dt.date | None) -> str | None:
    if ref is None:
        return None
    if unit == "week":
        return (ref + dt.timedelta(days=7 * direction)).isoformat()
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + direction
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{ref.year + direction:04d}"


def _gregorian(p: Parsed, ref: dt.date | None) -> str | None:
    if p.year is None:
        if ref is None:
            return None
        years = [ref.year - 1, ref.year, ref.year + 1]
        key = (lambda y: dt.date(y, p.month, 1)) if p.day is None else (lambda y: _safe_date(y, p.month, p.day))
        start = ref.replace(day=1) if p.day is None else ref
        year = _pick(years, key, start, p.direction)
        if year is None:
            return None
    else:
        year = p.year
    if p.day is None:
        return f"{year:04d}-{p.month:02d}"
    day = _safe_date(year, p.month, p.day)
    return day.isoformat() if day else None


def _hijri(p: Parsed, ref: dt.date | None) -> str | None:
    if p.day is None:
        return None
    if p.year is not None:
        day = _hijri_date(p.year, p.month, p.day)
        return day.isoformat() if day else None
    if ref is None:
        return None
    try:
        hyear = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    year = _pick([hyear - 1, hyear, hyear + 1], lambda y: _hijri_date(y, p.month, p.day), ref, p.direction)
    if year is None:
        return None
    day = _hijri_date(year, p.month, p.day)
    return day.isoformat() if day else None


def _pick(years: list[int], date_of, ref: dt.date, direction: int | None) -> int | None:
    """The year whose date is the most recent before ``ref`` (PAST), the next after (FUTURE),
    or the closest to it (no direction; future distances count double since news mostly reports
    the past)."""
    dated = [(y, d) for y in years if (d := date_of(y)) is not None]
    if direction == PAST:
        dated = [(y, d) for y, d in dated if d < ref]
        return max(dated, key=lambda yd: yd[1])[0] if dated else None
    if direction == FUTURE:
        dated = [(y, d) for y, d in dated if d > ref]
        return min(dated, key=lambda yd: yd[1])[0] if dated else None
    return min(dated, key=lambda yd: abs((yd[1] - ref).days) * (FUTURE_WEIGHT if yd[1] > ref else 1))[0] if dated else None


def _weekday(weekday: int, direction: int | None, ref: dt.date) -> dt.date:
    """A bare weekday is the latest such day on or before the document date (news reports the
    past); with الماضي strictly before it, with المقبل strictly after it."""
    back = (ref.weekday() - weekday) % 7
    if direction == FUTURE:
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if direction == PAST and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _hijri_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None
