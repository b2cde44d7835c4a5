// The one rule for when an embed takes a new height, shared by the element (embed.js), the
// frame (frame.js) and the iframe's host script (frame-host.js): right after the reader's
// input in the embed, or while the embed's lower edge is off screen; otherwise the new
// height waits. Nothing the reader sees moves, whatever fonts they have.
import { INPUT_ALLOWANCE } from './contract.js';

/**
 * Whether an embed whose box is `box` may take a new height now; `afterInput`, whether the
 * height follows the reader's input in it (`watchInput`).
 */
export function mayResize(box, afterInput) {
  return afterInput || box.bottom <= 0 || box.bottom >= innerHeight;
}

/**
 * Notes the reader's clicks and key presses in `target`, calling `then` after each. The
 * returned function says, for each new height, whether it follows the reader's input: the
 * first new height since it (however busy the machine), or any within INPUT_ALLOWANCE of it.
 */
export function watchInput(target, then) {
  let last = -Infinity;
  let first = false;
  for (const type of ['pointerdown', 'keydown']) {
    target.addEventListener(type, () => {
      last = performance.now();
      then?.();
      // What the input changes comes after `then`: its height follows the input too.
      first = true;
    }, { capture: true });
  }
  return () => {
    const follows = first || performance.now() - last < INPUT_ALLOWANCE;
    first = false;
    return follows;
  };
}
