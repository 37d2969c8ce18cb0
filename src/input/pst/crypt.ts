/**
 * NDB_CRYPT_PERMUTE ("compressible encryption", [MS-PST] 5.1): every byte of an external
 * block's data is replaced through a fixed byte table. The tables are the spec's
 * mpbbR (encode) and mpbbI (decode, its inverse), written here as hex.
 */
const ENCODE_HEX =
  '41361362a8216ebbf416cc047f64e85d1ef2cb2a74c55e35d295479e962d9a884c7d843fdbac31b6485ff6c4d8398be7' +
  '233b388ec8c1df25b120a546604e9cfbaad35651457c550007c92b9d859b09a08fadb30f63ab894bd7a7155a716642bf' +
  '264a6b98faea7753b270052cfd593a867ece06eb827857c78d43afb41cd45bcde2e9274fc3087280cfb0eff5286dbe30' +
  '4d3492d50e3c2232e5e4f99fc2d10a8112e1ee918376e397e6618a1779a4b7dc907a5c8c02a6ca69de501a1193b95287' +
  '58fced1d37491b6ae0293399bd6cd994f340546ff0c673b8d63e6518441fdd6710f10c19ecae03a1147ba90bfff8a3c0' +
  'a201f72ebc2468750dfeba2fb5d0da3d';

function table(hexText: string): Uint8Array {
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = parseInt(hexText.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export const PERMUTE_ENCODE = table(ENCODE_HEX);
export const PERMUTE_DECODE = (() => {
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[PERMUTE_ENCODE[i]!] = i;
  return out;
})();

/** A decoded copy (the source's buffer is never changed). */
export function permute(bytes: Uint8Array, map: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = map[bytes[i]!]!;
  return out;
}
