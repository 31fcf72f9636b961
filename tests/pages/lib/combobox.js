/*
 * An ARIA 1.2 combobox that searches as you type, like most autocompletes: the listbox opens on
 * typing or ArrowDown, filters by the text, and the value is committed only when an option is
 * chosen (click, or Enter on the active option). Text left in the box without a choice is
 * discarded on blur. Committed values go to window.__state[key].
 */
window.Combobox = function Combobox(input, key, allOptions, options = {}) {
  const listbox = document.getElementById(input.getAttribute('aria-controls'));
  const shown = input.parentElement.querySelector('.combobox__value');
  const delay = options.delayMs || 0;
  let active = -1;
  let items = [];
  window.__state[key] = window.__state[key] || '';

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open(query) {
    const q = query.trim().toLowerCase();
    const build = () => {
      items = allOptions.filter((o) => o.toLowerCase().includes(q));
      listbox.replaceChildren(
        ...items.map((label, i) => {
          const li = document.createElement('li');
          li.id = `${listbox.id}-opt-${i}`;
          li.setAttribute('role', 'option');
          li.textContent = label;
          li.addEventListener('mousedown', (e) => e.preventDefault());
          li.addEventListener('click', () => choose(label));
          return li;
        }),
      );
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    };
    if (delay) setTimeout(build, delay);
    else build();
  }

  function choose(label) {
    window.Controlled.commit(key, label);
    input.value = '';
    close();
  }

  input.addEventListener('input', () => open(input.value));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      if (listbox.hidden) open(input.value);
      else active = Math.min(active + 1, items.length - 1);
    } else if (e.key === 'Enter' && !listbox.hidden && active >= 0) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => {
    input.value = '';
    close();
  });
  window.Controlled.view(() => {
    shown.textContent = window.__state[key];
  });
  close();
};
