"""`iop-bot search` options refused before any search: one line, exit status 2."""

from __future__ import annotations

import pytest

from bot.__main__ import EXIT_USAGE, main


@pytest.mark.parametrize(
    ("option", "value"),
    [("--radius", "0"), ("--radius", "-5"), ("--radius", "nan"), ("--limit", "0")],
    ids=["radius-zero", "radius-negative", "radius-nan", "limit-zero"],
)
def test_a_non_positive_radius_or_limit_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    status = main(["search", "--near", "10001", option, value])

    captured = capsys.readouterr()
    assert status == EXIT_USAGE == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"iop-bot search: {option} must be")
    assert "Traceback" not in captured.err
