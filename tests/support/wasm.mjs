// Reading a wasm's sections, for the tests that look inside the shipped one: the budget test
// (which sections it carries) and the trap origin (tests/support/trapping.mjs, which rewrites one).

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as an unsigned LEB128. */
export function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** Each section of `wasm`, in order: its id, where it begins, where its content starts and ends. */
export function* sections(wasm) {
  for (let at = 8; at < wasm.length;) { // after the magic number and version
    const [size, start] = leb(wasm, at + 1);
    yield { id: wasm[at], at, start, end: start + size };
    at = start + size;
  }
}

/** The names of `wasm`'s custom sections, in order. */
export function customSections(wasm) {
  return [...sections(wasm)].filter(({ id }) => id === 0).map(({ start }) => {
    const [length, name] = leb(wasm, start);
    return wasm.subarray(name, name + length).toString();
  });
}
