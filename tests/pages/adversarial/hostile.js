// The page's own script, as an attacker would write it: it records every value that any field
// ever holds, tries to press Applyfill's button itself, and reports whether the form was
// submitted. Tests read window.__hostile.
(() => {
  const seen = [];
  const state = { seen, submitted: 0, synthetic: [] };
  window.__hostile = state;

  function record() {
    for (const el of document.querySelectorAll('input, textarea, select')) {
      const value = el.type === 'file' ? Array.from(el.files || []).map((f) => f.name).join(',') : el.value;
      if (value && !seen.some((entry) => entry.id === el.id && entry.value === value)) seen.push({ id: el.id, value, trap: el.classList.contains('trap'), at: performance.now() });
    }
  }
  setInterval(record, 20);
  for (const type of ['input', 'change', 'focusin']) document.addEventListener(type, record, true);

  /** Every way a page can press a button that is not its own. */
  state.attack = () => {
    const host = document.querySelector('applyfill-ui');
    state.synthetic.push({ host: !!host, shadowRoot: host ? host.shadowRoot : 'no host' });
    if (!host) return;
    host.click();
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: 10, clientY: 10 }));
    }
    const box = host.getBoundingClientRect();
    const under = document.elementFromPoint(window.innerWidth - 60, window.innerHeight - 100);
    if (under) under.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x, clientY: box.y }));
    host.focus();
    for (const key of ['Enter', ' ']) {
      for (const type of ['keydown', 'keypress', 'keyup']) host.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true }));
    }
    for (const type of ['keydown', 'keyup']) {
      document.dispatchEvent(new KeyboardEvent(type, { key: 'F', code: 'KeyF', altKey: true, shiftKey: true, bubbles: true }));
    }
  };

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('application');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      state.submitted++;
    });

    /** A "Select One" dropdown whose list is appended to body on mousedown, as Workday's are. */
    function dropdown(id, options, onChoose) {
      const trigger = document.getElementById(id);
      trigger.addEventListener('mousedown', () => {
        if (document.querySelector(`[data-for="${id}"]`)) return;
        const list = document.createElement('ul');
        list.setAttribute('role', 'listbox');
        list.dataset.for = id;
        list.style.cssText = 'position:absolute; background:#fff; border:1px solid #999; list-style:none; padding:4px; margin:0';
        const box = trigger.getBoundingClientRect();
        list.style.left = `${box.left + scrollX}px`;
        list.style.top = `${box.bottom + scrollY}px`;
        for (const label of options) {
          const item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.textContent = label;
          item.addEventListener('click', () => {
            trigger.textContent = label;
            list.remove();
            onChoose?.(form);
          });
          list.append(item);
        }
        document.body.append(list);
      });
    }
    dropdown('source', ['LinkedIn', 'Indeed', 'Other']);
    dropdown('sponsor', ['Yes', 'No'], (form) => form.requestSubmit());
  });
})();
