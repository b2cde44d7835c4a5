// A wasm that traps while it starts, for the tests that check a panic stays harmless. The
// release wasm is built with immediate-abort panics: a panic is a bare `unreachable` trap.
// Here the shipped wasm's one memory gets a maximum equal to its initial size, so the
// allocator's first request for more memory fails and the wasm traps as it starts.
// The test server's trap origin serves it (TRAP_WIDGET in tests/support/server.mjs), to Chromium
// (tests/e2e/trap.spec.mjs) and to Firefox and WebKit (tests/engines/trap.spec.mjs) alike.

import { encodeLeb, leb, sections } from './wasm.mjs';

/** `wasm` with its one memory's maximum set to its initial size; throws if it has none. */
export function capMemory(wasm) {
  const parts = [wasm.subarray(0, 8)];
  let capped = false;
  for (const { id, at, start, end } of sections(wasm)) {
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
  }
  if (!capped) throw new Error('the wasm defines no memory');
  return Buffer.concat(parts);
}
