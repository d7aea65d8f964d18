// Nothing moves under a press: work that would change the layout while a mouse button or a finger is down waits
// until the press has ended (its click included), so that the press and the release land on the same control.

let pressed = false;
/** Presses begun so far: a release ends only the press it belongs to. */
let presses = 0;
let waiting: (() => void) | undefined;

/**
 * Watches presses on `target` (in the capture phase, before a press moves the focus and the field it leaves reports
 * its `change`). A tap's mouse events come together in one task, so its click is in before the waiting work runs.
 */
export function watchPresses(target: Document): void {
  target.addEventListener('mousedown', () => {
    pressed = true;
    presses += 1;
  }, true);
  const release = () => {
    const press = presses;
    setTimeout(() => {
      if (press !== presses) return;
      pressed = false;
      const work = waiting;
      waiting = undefined;
      work?.();
    }, 0);
  };
  target.addEventListener('mouseup', release, true);
  target.addEventListener('dragend', release, true);
}

/**
 * Runs `work` now, or, during a press, once it has ended; of the work that waits, only the latest runs (each call
 * redraws the whole answer).
 *
 * @example
 * form.addEventListener('change', () => afterPress(update));
 */
export function afterPress(work: () => void): void {
  if (pressed) waiting = work;
  else work();
}
