"""The committed JSON Schema files must match the pydantic models (`geoevents schemas` rewrites them)."""

from jsonschema import Draft202012Validator

from schemas import export


def test_committed_json_schemas_are_in_sync_with_models():
    stale = export.out_of_sync()
    assert not stale, f"run `geoevents schemas` to regenerate: {stale}"


def test_committed_files_are_valid_json_schema():
    for name in export.CONTRACTS:
        Draft202012Validator.check_schema(export.load(name))


def test_check_flag(tmp_path):
    from streams.cli import main

    assert main(["schemas", "--out", str(tmp_path)]) == 0
    assert main(["schemas", "--out", str(tmp_path), "--check"]) == 0
    (tmp_path / export.schema_file_name("warning")).write_text("{}")
    assert main(["schemas", "--out", str(tmp_path), "--check"]) == 1
