"""docs/bundle-format.md carries the record schema generated from the validation models."""

import json
from pathlib import Path

from desktop.domain import bundle_schema

DOC = Path(__file__).resolve().parent.parent / "docs" / "bundle-format.md"


def test_the_documented_schema_is_fresh() -> None:
    document = DOC.read_text("utf-8")
    assert bundle_schema.refreshed(document) == document, "run `make schema`"


def test_the_schema_describes_every_payload_file() -> None:
    schemas = bundle_schema.schemas()
    resource = schemas["data/catalogue.jsonl (each line)"]
    assert resource["additionalProperties"] is False
    assert set(resource["required"]) == {"uid", "title"}
    assert resource["properties"]["title"]["maxLength"] == 1000
    assert schemas["data/withdrawn.json"]["type"] == "array"
    json.dumps(schemas)  # plain JSON, nothing a reader cannot parse
