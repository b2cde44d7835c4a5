// A wasm that traps while it starts, for the tests that check a panic stays harmless. The
// release wasm is built with immediate-abort panics: a panic is a bare `unreachable` trap.
// Here the shipped wasm's one memory gets a maximum equal to its initial size, so the
// allocator's first request for more memory fails and the wasm traps as it starts.
// The test server's trap origin serves it (TRAP_WIDGET in tests/e2e/server.mjs), to Chromium
// (tests/e2e/trap.spec.mjs) and to Firefox and WebKit (tests/engines/trap.spec.mjs) alike.

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** `wasm` with its one memory's maximum set to its initial size; throws if it has none. */
export function capMemory(wasm) {
  const parts = [wasm.subarray(0, 8)];
  let capped = false;
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    if (id === 5) {
      const [count, limits] = leb(wasm, start);
      if (count !== 1) throw new Error(`the wasm defines ${count} memories, not one`);
      const flags = wasm[limits];
      const [initial] = leb(wasm, limits + 1);
      if (flags & 0x01) throw new Error('the wasm\'s memory already has a maximum');
      const payload = [...encodeLeb(1), flags | 0x01, ...encodeLeb(initial), ...encodeLeb(initial)];
      parts.push(Uint8Array.from([5, ...encodeLeb(payload.length), ...payload]));
      capped = true;
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  if (!capped) throw new Error('the wasm defines no memory');
  return Buffer.concat(parts);
}
