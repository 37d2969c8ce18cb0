# The POP3 UIDL history BLOB field by field (see FORMAT.md): the timestamp's six
# numbers and the UID as the characters and $XX escapes it is written in, each with the
# byte it stands for. The Kaitai Struct peer of `npm run bench` that does what the
# decoder does (uidl_history.ksy only cuts the tags apart). Written in YAML's JSON style,
# so that the benchmark reads it with JSON.parse (these comment lines dropped).
{
  "meta": { "id": "uidl_history_fields", "endian": "le", "encoding": "ASCII" },
  "doc": "Outlook's POP3 UIDL history: version, count, then count resource tags, each Ocyyyymmddhhmmss, the $-escaped UID and 0x00.",
  "seq": [
    { "id": "version", "type": "u2" },
    { "id": "count", "type": "u2" },
    { "id": "tags", "type": "tag", "repeat": "expr", "repeat-expr": "count" }
  ],
  "types": {
    "tag": {
      "seq": [
        { "id": "operation", "type": "u1" },
        { "id": "content", "type": "u1" },
        { "id": "timestamp", "type": "timestamp" },
        { "id": "uid", "type": "uid_unit", "repeat": "until", "repeat-until": "_.lead == 0" }
      ]
    },
    "timestamp": {
      "seq": [
        { "id": "year_digits", "type": "str", "size": 4 },
        { "id": "month_digits", "type": "str", "size": 2 },
        { "id": "day_digits", "type": "str", "size": 2 },
        { "id": "hour_digits", "type": "str", "size": 2 },
        { "id": "minute_digits", "type": "str", "size": 2 },
        { "id": "second_digits", "type": "str", "size": 2 }
      ],
      "instances": {
        "year": { "value": "year_digits.to_i" },
        "month": { "value": "month_digits.to_i" },
        "day": { "value": "day_digits.to_i" },
        "hour": { "value": "hour_digits.to_i" },
        "minute": { "value": "minute_digits.to_i" },
        "second": { "value": "second_digits.to_i" }
      }
    },
    "uid_unit": {
      "doc": "One character of the encoded UID, or a $ and the two hex digits after it; 0x00 ends the UID.",
      "seq": [
        { "id": "lead", "type": "u1" },
        { "id": "hex_digits", "type": "str", "size": 2, "if": "lead == 0x24" }
      ],
      "instances": {
        "value": { "value": "lead == 0x24 ? hex_digits.to_i(16) : lead" }
      }
    }
  }
}
