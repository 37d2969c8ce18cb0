# The POP3 UIDL history BLOB (see FORMAT.md and src/decoder/layout.ts), for the
# Kaitai Struct peer in `npm run bench`. Written in YAML's JSON style, so that the
# benchmark reads it with JSON.parse (these comment lines dropped).
{
  "meta": { "id": "uidl_history", "endian": "le", "encoding": "UTF-8" },
  "doc": "Outlook's POP3 UIDL history: version, count, then count null-terminated resource tags.",
  "seq": [
    { "id": "version", "type": "u2" },
    { "id": "count", "type": "u2" },
    { "id": "tags", "type": "tag", "repeat": "expr", "repeat-expr": "count" }
  ],
  "types": {
    "tag": {
      "seq": [
        { "id": "operation", "type": "str", "size": 1 },
        { "id": "content", "type": "str", "size": 1 },
        { "id": "timestamp", "type": "str", "size": 14 },
        { "id": "uid", "type": "strz" }
      ]
    }
  }
}
