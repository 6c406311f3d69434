from datetime import datetime, timedelta, timezone

from streams import envelope


def test_ce_type_is_versioned_per_kind():
    assert envelope.ce_type("warning") == "org.geoevents.warning.v1"
    assert envelope.ce_type("statements") == "org.geoevents.statements.v1"


def test_rfc3339_is_utc_with_z():
    moment = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    assert envelope.rfc3339(moment) == "2025-03-03T08:00:00Z"
    assert envelope.rfc3339(datetime(2025, 3, 3, 8, 0)) == "2025-03-03T08:00:00Z"


def test_dyad_key_marks_unknown_sides():
    assert envelope.dyad_key("RUS", "POL") == "RUS->POL"
    assert envelope.dyad_key(None, "POL") == "?->POL"


def test_headers_are_valid_binary_mode_cloudevent():
    headers = envelope.cloudevent_headers(
        ce_id="ev-1", kind="warning", time=datetime(2025, 1, 1, tzinfo=timezone.utc), subject="a-1",
        extractor_version="0.1.0", partition_key="RUS->POL", source="urn:geoevents:extractor",
        schema_base_uri="https://geoevents.example/schemas/",
    )
    h = envelope.headers_dict(headers)
    assert envelope.validate_headers(headers) == []
    assert h["ce_specversion"] == "1.0"
    assert h["ce_dataschema"] == "https://geoevents.example/schemas/warning-1.0.json"
    assert all(isinstance(v, bytes) for _, v in headers)


def test_validate_headers_reports_problems():
    problems = envelope.validate_headers([("ce_specversion", b"0.3"), ("ce_time", b"yesterday")])
    assert "missing ce_id" in problems
    assert any("specversion" in p for p in problems)
    assert any("ce_time" in p for p in problems)
