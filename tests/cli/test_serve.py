"""``khabar serve``: its options, the loopback default, and a clear error for a bad store."""
from __future__ import annotations

import pytest

from khabar.cli import build_parser, main
from khabar.cli.serve import _is_loopback


def test_serve_defaults_to_loopback():
    args = build_parser().parse_args(["serve", "--db", "sqlite:///x.db"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    assert _is_loopback(args.host) and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.4")


def test_serve_needs_a_db(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve"])
    assert "--db" in capsys.readouterr().err


def test_bad_port_is_an_error(capsys):
    assert main(["serve", "--db", "sqlite:///x.db", "--port", "70000"]) == 1
    assert "--port" in capsys.readouterr().err
