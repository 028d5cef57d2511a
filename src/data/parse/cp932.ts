/**
 * A CP932 (Windows Shift_JIS) encoder, built once from the platform's decoder: what Excel's
 * 「CSV (コンマ区切り)」 writes. A character CP932 cannot hold becomes "?", exactly as Excel does.
 */
let table: Map<string, number[]> | undefined;

function reverseTable(): Map<string, number[]> {
  if (table) return table;
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const map = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    let char: string;
    try {
      char = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    // The first byte sequence for a character wins (CP932 has duplicates, e.g. NEC and IBM extensions).
    if ([...char].length === 1 && !map.has(char)) map.set(char, bytes);
  };
  for (let byte = 0; byte < 0x100; byte++) add([byte]);
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  table = map;
  return map;
}

export function encodeCp932(text: string): Uint8Array {
  const map = reverseTable();
  const out: number[] = [];
  for (const char of text) out.push(...(map.get(char) ?? [0x3f]));
  return new Uint8Array(out);
}
