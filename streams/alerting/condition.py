"""The condition language of alert rules: a small expression language with its own tokenizer and
recursive-descent parser. Nothing is evaluated by Python's ``eval``; a condition compiles to a tree
of closures over the record's fields. Input is bounded (MAX_CHARS characters, MAX_DEPTH nested
``not`` / parentheses, MAX_LIST_ITEMS per list), so a hostile rules file cannot exhaust the parser.

Grammar (EBNF; keywords lower case; ``#`` starts a comment to the end of the line)::

    condition  = or_expr
    or_expr    = and_expr { "or" and_expr }
    and_expr   = unary { "and" unary }
    unary      = "not" unary | "(" or_expr ")" | comparison
    comparison = sum ( ("=" | "!=" | "<" | "<=" | ">" | ">=") sum
                     | [ "not" ] "in" set )
    sum        = operand { ("+" | "-") operand }
    operand    = FIELD | NUMBER | DURATION | STRING | "true" | "false"
    set        = "[" [ item { "," item } ] "]" | GROUP | FIELD
    item       = NUMBER | DURATION | STRING | WORD | GROUP

    FIELD      a field name of the subject (situation or signal), e.g. mentions, source
    WORD       inside [...] only: a bare value, e.g. [RUS, CHN] or [asserted, planned]
    NUMBER     3, 2.5, -1                   DURATION  90s, 30m, 1h, 2d, 1w, 1h30m (m = minutes)
    STRING     "asserted" or 'asserted'     GROUP     group:NATO (a set of ISO alpha-3 codes)

Outside a list a bare word is always a field, so a misspelt field is an error at load time
instead of a string that never matches; strings outside lists are quoted.

Semantics, chosen so that a rule cannot crash the worker on odd data:

- An actor or location value (a mapping with ``code``) stands for its code.
- A missing or null value makes every comparison and ``in`` false (``!=`` and ``not in``
  included); write ``not (target in group:NATO)`` to also accept an unknown target.
- Values of different kinds never compare equal or ordered, except: a list compared with a
  number is its length (``outlets >= 3`` works whether ``outlets`` is a count or a list); a
  duration compared with a number is its seconds; a string that is an ISO 8601 date-time compares
  and subtracts as a time (``last_seen - first_seen <= 1h``).
- ``x in set``: a list ``x`` is in the set when any of its elements is.
"""

from __future__ import annotations

import difflib
import operator
import re
from collections.abc import Callable, Collection, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

MAX_CHARS = 4000
MAX_DEPTH = 16
MAX_LIST_ITEMS = 1000

ORDERED = {"<", "<=", ">", ">="}
COMPARISONS = {"=", "!=", *ORDERED}
KEYWORDS = {"and", "or", "not", "in", "true", "false"}
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_BAD_OPS = {
    "==": "use = to compare",
    "=>": "use >=",
    "=<": "use <=",
    "<>": "use !=",
    "!": "use not",
    "&&": "use and",
    "||": "use or",
    "&": "use and",
    "|": "use or",
}

_TOKEN = re.compile(
    r"""
     (?P<ws>\s+|\#[^\n]*)
    |(?P<dur>(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+)(?![A-Za-z0-9_.])
    |(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![A-Za-z0-9_.])
    |(?P<str>"(?:[^"\\\n]|\\["\\])*"|'(?:[^'\\\n]|\\['\\])*')
    |(?P<group>group:[A-Za-z0-9_]*)
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<badop>==|=>|=<|<>|&&|\|\||!(?!=)|[&|])
    |(?P<op><=|>=|!=|<|>|=|\+|-)
    |(?P<punct>[()\[\],])
    """,
    re.VERBOSE,
)
_DUR_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d|w)")

Token = tuple[str, Any, int]  # kind, value, offset
Node = tuple
Fn = Callable[[Mapping[str, Any]], Any]


class ConditionError(Exception):
    """A bad condition; ``offset`` is the character position in the condition text."""

    def __init__(self, offset: int, reason: str) -> None:
        super().__init__(reason)
        self.offset = offset
        self.reason = reason


# --- tokenizer -----------------------------------------------------------------------------------
def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_CHARS:
        raise ConditionError(MAX_CHARS, f"condition longer than {MAX_CHARS} characters")
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            bad = re.match(r"\S+", text[pos:]).group(0)[:20]
            reason = f"unexpected {bad!r}"
            if bad[0].isdigit():
                reason += " (a number, or a duration such as 90s, 30m, 1h, 2d, 1w)"
            elif bad[0] in "≥≤≠":
                reason = f"bad operator {bad[0]!r} (use >=, <= or !=)"
            raise ConditionError(pos, reason)
        kind, value = m.lastgroup, m.group(m.lastgroup)
        if kind == "badop":
            raise ConditionError(pos, f"bad operator {value!r} ({_BAD_OPS[value]})")
        if kind == "dur":
            seconds = sum(float(n) * _UNITS[u] for n, u in _DUR_PART.findall(value))
            tokens.append(("dur", timedelta(seconds=seconds), pos))
        elif kind == "num":
            tokens.append(("num", float(value) if any(c in value for c in ".eE") else int(value), pos))
        elif kind == "str":
            tokens.append(("str", re.sub(r"\\(.)", r"\1", value[1:-1]), pos))
        elif kind == "word":
            tokens.append(("kw" if value in KEYWORDS else "word", value, pos))
        elif kind != "ws":
            tokens.append((kind, value, pos))
        pos = m.end()
    tokens.append(("end", None, len(text)))
    return tokens


# --- parser --------------------------------------------------------------------------------------
class _Parser:
    def __init__(self, text: str, fields: Collection[str], groups: Mapping[str, Collection[str]]) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0
        self.fields = fields
        self.groups = groups
        self.used_fields: set[str] = set()
        self.used_groups: set[str] = set()

    # helpers
    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at(self, kind: str, value: Any = None) -> bool:
        k, v, _ = self.peek()
        return k == kind and (value is None or v == value)

    def fail(self, tok: Token, expected: str) -> ConditionError:
        kind, value, offset = tok
        found = "the end of the condition" if kind == "end" else repr(self.text[offset:].split()[0][:20])
        return ConditionError(offset, f"expected {expected}, found {found}")

    def nest(self, offset: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConditionError(offset, f"nested deeper than {MAX_DEPTH} levels of 'not' / parentheses")

    # grammar
    def parse(self) -> Node:
        if self.at("end"):
            raise ConditionError(0, "empty condition")
        node = self.or_expr()
        if not self.at("end"):
            raise self.fail(self.peek(), "'and', 'or' or the end of the condition")
        return node

    def or_expr(self) -> Node:
        items = [self.and_expr()]
        while self.at("kw", "or"):
            self.take()
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else ("or", items)

    def and_expr(self) -> Node:
        items = [self.unary()]
        while self.at("kw", "and"):
            self.take()
            items.append(self.unary())
        return items[0] if len(items) == 1 else ("and", items)

    def unary(self) -> Node:
        tok = self.peek()
        if self.at("kw", "not"):
            self.take()
            self.nest(tok[2])
            node = ("not", self.unary())
            self.depth -= 1
            return node
        if self.at("punct", "("):
            self.take()
            self.nest(tok[2])
            node = self.or_expr()
            if not self.at("punct", ")"):
                raise self.fail(self.peek(), "')'")
            self.take()
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        start = self.peek()[2]
        left = self.sum()
        tok = self.peek()
        if tok[0] == "op" and tok[1] in COMPARISONS:
            self.take()
            right = self.sum()
            self.check_comparison(tok, left, right, start)
            return ("cmp", tok[1], left, right)
        negate = False
        if self.at("kw", "not"):
            self.take()
            negate = True
            if not self.at("kw", "in"):
                raise self.fail(self.peek(), "'in' after 'not'")
        if self.at("kw", "in"):
            self.take()
            right = self.set_expr()
            if _constant(left) and right[0] == "set":
                raise ConditionError(start, "compares two constants (one side must be a field)")
            return ("in", negate, left, right)
        raise self.fail(tok, "a comparison (=, !=, <, <=, >, >=, in, not in)")

    def sum(self) -> Node:
        left = self.operand()
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            op = self.take()
            right = self.operand()
            for side in (left, right):
                if side[0] == "lit" and side[2] in ("str", "bool"):
                    raise ConditionError(op[2], f"bad operator {op[1]!r}: + and - take numbers, durations or times")
            left = ("arith", op[1], left, right)
        return left

    def operand(self) -> Node:
        tok = self.take()
        kind, value, offset = tok
        if kind == "op" and value == "-" and self.peek()[0] in ("num", "dur"):
            kind, value, _ = self.take()
            value = -value
        if kind == "num":
            return ("lit", value, "num")
        if kind == "dur":
            return ("lit", value, "dur")
        if kind == "str":
            return ("lit", value, "str")
        if kind == "kw" and value in ("true", "false"):
            return ("lit", value == "true", "bool")
        if kind == "word":
            return self.field(value, offset)
        if kind == "group":
            raise ConditionError(offset, f"{value} is a set: use it after 'in'")
        if kind == "punct" and value == "[":
            raise ConditionError(offset, "a list can only follow 'in'")
        self.i -= 1
        raise self.fail(tok, "a field, number, duration or quoted string")

    def field(self, name: str, offset: int) -> Node:
        if name not in self.fields:
            reason = f"unknown field {name!r}"
            close = difflib.get_close_matches(name, list(self.fields), n=1)
            if close:
                reason += f" (did you mean {close[0]!r}?)"
            elif name.lower() in KEYWORDS:
                reason += f" (keywords are lower case: {name.lower()})"
            else:
                reason += " (not a field of this subject; a string value outside [...] needs quotes)"
            reason += f"; fields: {', '.join(sorted(self.fields))}"
            raise ConditionError(offset, reason)
        self.used_fields.add(name)
        return ("field", name)

    def group(self, token: Token) -> frozenset:
        _, value, offset = token
        name = value[len("group:"):]
        if name not in self.groups:
            known = ", ".join(sorted(self.groups)) or "none"
            raise ConditionError(offset, f"unknown actor group {name!r} (known: {known})")
        self.used_groups.add(name)
        return frozenset(self.groups[name])

    def set_expr(self) -> Node:
        tok = self.take()
        kind, value, offset = tok
        if kind == "group":
            return ("set", self.group(tok))
        if kind == "word":
            return self.field(value, offset)
        if not (kind == "punct" and value == "["):
            self.i -= 1
            raise self.fail(tok, "a list [...], group:NAME or a field after 'in'")
        items: set[Any] = set()
        count = 0
        while not self.at("punct", "]"):
            if count and not self.at("punct", ","):
                raise self.fail(self.peek(), "',' or ']'")
            if count:
                self.take()
                if self.at("punct", "]"):  # trailing comma
                    break
            item = self.take()
            k, v, o = item
            if k == "op" and v == "-" and self.peek()[0] in ("num", "dur"):
                k, v, _ = self.take()
                v = -v
            if k == "group":
                items |= self.group(item)
            elif k in ("num", "dur", "str", "word"):
                items.add(v)
            elif k == "kw" and v in ("true", "false"):
                items.add(v == "true")
            else:
                self.i -= 1
                raise self.fail(item, "a value in the list")
            count += 1
            if count > MAX_LIST_ITEMS:
                raise ConditionError(o, f"list longer than {MAX_LIST_ITEMS} items")
        self.take()
        if not items:
            raise ConditionError(offset, "empty list (it would never match)")
        return ("set", frozenset(items))

    def check_comparison(self, op: Token, left: Node, right: Node, start: int) -> None:
        if _constant(left) and _constant(right):
            raise ConditionError(start, "compares two constants (one side must be a field)")
        if op[1] in ORDERED:
            for side in (left, right):
                if side[0] == "lit" and (side[2] == "bool" or (side[2] == "str" and _as_time(side[1]) is None)):
                    raise ConditionError(
                        op[2], f"bad operator {op[1]!r}: it orders numbers, durations and times, not {side[1]!r}"
                    )


def _constant(node: Node) -> bool:
    if node[0] == "arith":
        return _constant(node[2]) and _constant(node[3])
    return node[0] == "lit"


# --- evaluation ----------------------------------------------------------------------------------
_PLAIN = (str, int, float, type(None))
_NUMBERS = (int, float)
_ORDER = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def _norm(value: Any) -> Any:
    """A record value as the language sees it: actors and locations by code, lists as tuples."""
    if type(value) in _PLAIN:  # the common case first: this runs for every field of every rule
        return value
    if isinstance(value, Mapping):
        return value.get("code")
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_norm(v) for v in value)
    return value


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _as_time(v: Any) -> datetime | None:
    if isinstance(v, datetime):
        return v if v.tzinfo else v.replace(tzinfo=timezone.utc)
    if isinstance(v, str) and 10 <= len(v) <= 40 and v[:4].isdigit() and v[4:5] == "-":
        try:
            moment = datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return None


def _pair(a: Any, b: Any) -> tuple[Any, Any] | None:
    """Two values made comparable, or None when they are of different kinds."""
    if _is_number(a) and _is_number(b):
        return a, b
    if isinstance(a, timedelta) or isinstance(b, timedelta):
        a = a.total_seconds() if isinstance(a, timedelta) else a
        b = b.total_seconds() if isinstance(b, timedelta) else b
        return (a, b) if _is_number(a) and _is_number(b) else None
    if isinstance(a, tuple) and _is_number(b):
        return len(a), b
    if isinstance(b, tuple) and _is_number(a):
        return a, len(b)
    ta, tb = _as_time(a), _as_time(b)
    if ta is not None and tb is not None:
        return ta, tb
    if type(a) is type(b) and isinstance(a, (str, bool, tuple)):
        return a, b
    return None


def _compare(op: str, a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    ta, tb = type(a), type(b)
    if ta is str and tb is str and op in ("=", "!="):  # codes, types, modalities
        return (a == b) if op == "=" else (a != b)
    if ta in _NUMBERS and tb in _NUMBERS:
        return (a == b) if op == "=" else (a != b) if op == "!=" else _ORDER[op](a, b)
    pair = _pair(a, b)
    if pair is None:
        return False
    a, b = pair
    if op == "=":
        return a == b
    if op == "!=":
        return a != b
    if isinstance(a, (str, bool, tuple)):  # only numbers, durations and times are ordered
        return False
    return _ORDER[op](a, b)


def _arith(op: str, a: Any, b: Any) -> Any:
    if a is None or b is None:
        return None
    if _is_number(a) and _is_number(b):
        return a + b if op == "+" else a - b
    a = _as_time(a) or a
    b = _as_time(b) or b
    if _is_number(a) and isinstance(b, timedelta):
        a = timedelta(seconds=a)
    if _is_number(b) and isinstance(a, timedelta):
        b = timedelta(seconds=b)
    try:
        result = a + b if op == "+" else a - b
    except TypeError:
        return None
    return result if isinstance(result, (datetime, timedelta)) else None


def _member(a: Any, container: Any) -> bool:
    if a is None or container is None:
        return False
    if not isinstance(container, (frozenset, tuple)):
        return False
    if isinstance(a, tuple):
        return any(x in container for x in a)
    return a in container


def _compile(node: Node) -> Fn:
    kind = node[0]
    if kind == "lit":
        value = node[1]
        return lambda r: value
    if kind == "field":
        name = node[1]
        return lambda r: _norm(r.get(name))
    if kind == "set":
        values = node[1]
        return lambda r: values
    if kind == "arith":
        op, left, right = node[1], _compile(node[2]), _compile(node[3])
        return lambda r: _arith(op, left(r), right(r))
    if kind == "cmp":
        op, left, right = node[1], _compile(node[2]), _compile(node[3])
        return lambda r: _compare(op, left(r), right(r))
    if kind == "in":
        negate, left, right = node[1], _compile(node[2]), _compile(node[3])

        def member(r: Mapping[str, Any]) -> bool:
            a, container = left(r), right(r)
            if a is None or container is None:
                return False
            return _member(a, container) != negate

        return member
    if kind == "not":
        inner = _compile(node[1])
        return lambda r: not inner(r)
    parts = [_compile(n) for n in node[1]]
    if kind == "and":

        def all_of(r: Mapping[str, Any]) -> bool:
            for part in parts:
                if not part(r):
                    return False
            return True

        return all_of

    def any_of(r: Mapping[str, Any]) -> bool:
        for part in parts:
            if part(r):
                return True
        return False

    return any_of


class Condition:
    """A compiled condition: ``condition(record) -> bool`` for a mapping of field -> value."""

    def __init__(self, text: str, fields: Collection[str], groups: Mapping[str, Collection[str]]) -> None:
        parser = _Parser(text, fields, groups)
        tree = parser.parse()
        self.text = text
        self.fields = frozenset(parser.used_fields)
        self.groups = frozenset(parser.used_groups)
        self._fn = _compile(tree)

    def __call__(self, record: Mapping[str, Any]) -> bool:
        return bool(self._fn(record))

    def __repr__(self) -> str:
        return f"Condition({self.text!r})"


def compile_condition(
    text: str, fields: Collection[str], groups: Mapping[str, Collection[str]] | None = None
) -> Condition:
    """Parse and check ``text`` against the subject's field names and the known actor groups
    (name -> member codes); raises ConditionError(offset, reason)."""
    return Condition(text, fields, groups or {})
