/**
 * Acting like a person so that React and other frameworks accept the value: the prototype's
 * native setter (frameworks track values through instance setters and would ignore a plain
 * assignment), then the events a keyboard and mouse would cause.
 */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const prototype = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/**
 * Enters a value in a plain field with the events a person's visit causes (focus, input, change,
 * blur), without moving the browser's focus: focus() and blur() make the browser lay out the whole
 * page first, once per field, which is most of a long form's fill time. Frameworks hear the same
 * events (React listens for focusin and focusout). Widgets that watch the real focus (comboboxes,
 * searches) are typed into with typeInto instead.
 */
export function enterValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  el.dispatchEvent(new FocusEvent('focus'));
  el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  setNativeValue(el, value);
  el.dispatchEvent(
    el instanceof HTMLSelectElement
      ? new Event('input', { bubbles: true, composed: true })
      : new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }),
  );
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('blur'));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
}

export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.focus();
  setNativeValue(el, value);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Types text key by key, as a keyboard does: a key down, then the character, unless the widget
 * handled the key itself (it cancels the key down, as spinbuttons that count digits do), then the
 * key up. The element keeps the focus it has; the caller gives it focus the way a person would.
 */
export function typeKeys(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  for (const key of text) {
    const code = /\d/.test(key) ? `Digit${key}` : /[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : '';
    const init = { key, code, bubbles: true, cancelable: true, composed: true };
    const handled = !el.dispatchEvent(new KeyboardEvent('keydown', init));
    if (!handled) {
      setNativeValue(el, el.value + key);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }));
    }
    el.dispatchEvent(new KeyboardEvent('keyup', init));
  }
}

export function blur(el: HTMLElement): void {
  el.blur();
  // blur() does nothing on an element that lost focus to another frame; frameworks still need it
  // (React listens for focusout, which bubbles).
  if (el.ownerDocument.activeElement === el) {
    el.dispatchEvent(new FocusEvent('blur'));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}

/**
 * What a click on this element would set off beyond the widget: submitting or resetting its
 * form, or leaving the page. A click on a descendant activates the nearest such ancestor too.
 */
export function activationHazard(el: Element): 'submit' | 'reset' | 'navigate' | undefined {
  const control = el.closest('button, input[type="submit" i], input[type="image" i], input[type="reset" i], a[href], area[href], label');
  if (!control) return undefined;
  if (control instanceof HTMLLabelElement) {
    // A label passes its click to its control.
    return control.control && control.control !== el && !control.control.contains(el) ? activationHazard(control.control) : undefined;
  }
  if (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) {
    const type = control.type.toLowerCase();
    if (!control.form) return undefined;
    if (type === 'submit' || type === 'image') return 'submit';
    return type === 'reset' ? 'reset' : undefined;
  }
  // Links that only run a script or move within the page (select2 3's trigger is one) stay on the page.
  const href = (control.getAttribute('href') ?? '').trim().toLowerCase();
  return href.startsWith('#') || href.startsWith('javascript:') ? undefined : 'navigate';
}

/**
 * The full pointer sequence: widgets differ in which event opens or commits them. The click
 * itself is left out where it would submit, reset or navigate (a dropdown trigger that is a
 * typeless button in a form): the press events open most such widgets without activating them.
 * Returns whether the click was sent.
 */
export function pointerClick(el: HTMLElement): boolean {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view: el.ownerDocument.defaultView };
  el.dispatchEvent(new PointerEvent('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new PointerEvent('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  if (activationHazard(el)) return false;
  el.click();
  return true;
}

export function pressKey(el: HTMLElement, key: string): void {
  const init = { key, code: key, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Resolves with the first truthy result of `probe`, re-checked on every DOM change, or null. */
export function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs: number, root: Node = document): Promise<T | null> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = probe();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(probe() || null), timeoutMs);
    function finish(value: T | null) {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/**
 * Runs `action` with the element on screen, as a person scrolls to a dropdown before opening it
 * (widgets place their popups where the element is, fixed to the window), then scrolls the page
 * back to where the person left it.
 */
export async function whileInView<T>(el: HTMLElement, action: () => Promise<T>): Promise<T> {
  const view = el.ownerDocument.defaultView;
  const rect = el.getBoundingClientRect();
  const onScreen = !!view && rect.top >= 0 && rect.left >= 0 && rect.bottom <= view.innerHeight && rect.right <= view.innerWidth;
  if (onScreen || !view) return action();
  const [x, y] = [view.scrollX, view.scrollY];
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  try {
    return await action();
  } finally {
    view.scrollTo(x, y);
  }
}

/** Lets the page's framework re-render once (a task, so microtask-scheduled renders run first). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
