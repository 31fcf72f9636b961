/*
 * react-select v5 as Greenhouse's new job boards render it (classNamePrefix "select",
 * instanceId = the field id), reproduced without React:
 * - DOM: .select__control > .select__value-container (placeholder, single value or multi values,
 *   .select__input-container > input.select__input[role=combobox]) + .select__indicators with
 *   Greenhouse's button[aria-label="Toggle flyout"]; while open, .select__menu >
 *   .select__menu-list[role=listbox]#react-select-<id>-listbox > .select__option[role=option]
 *   #react-select-<id>-option-<i>; a hidden input[name] holds the submitted value(s).
 * - The menu opens on mousedown on the control (not on focus) or on ArrowDown/ArrowUp, and on typing.
 * - Typing filters (label and value, case- and accent-insensitive, anywhere in the text).
 * - A value is committed only by choosing an option: a click, or Enter/Tab on the focused option
 *   while the menu is open. Enter with the menu closed is not handled, so the browser submits the
 *   form; the fixture records that as window.__submitted = true.
 * - Blur and Escape discard typed text; Backspace in an empty multi-select removes the last value.
 * - clearable (isClearable): while a value is held, a clear control sits before the toggle
 *   (Greenhouse's is a button[aria-label="Clear selections"]); a press on it clears the value
 *   without opening the menu (react-select's onClearIndicatorMouseDown prevents the press, and
 *   onControlMouseDown ignores a prevented one), and Backspace in an empty search clears it too.
 * - The search input is controlled: a value set without an input event is reverted on render.
 * - Async option lists (loadOptions) show "Loading..." and resolve after a delay.
 * Committed values live in window.__state[key]: the chosen label, or a list of labels for multi.
 */
(function () {
  const strip = (text) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

  function el(tag, attributes = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    node.append(...children);
    return node;
  }

  /**
   * Mounts a react-select into `shell` (Greenhouse's `.select-shell` element).
   * config: { id, key, options: [{value, label}], labelledBy, name?, multi?, placeholder?,
   *           loadOptions?: (query) => [{value, label}], delayMs?, toggle? (default true), clearable? }
   */
  function ReactSelect(shell, config) {
    const id = config.id;
    const key = config.key || id;
    const multi = !!config.multi;
    const placeholderText = config.placeholder || 'Select...';
    const async = typeof config.loadOptions === 'function';
    const prefix = `react-select-${id}`;
    const state = { isFocused: false, menuIsOpen: false, inputValue: '', focused: -1, loading: false, loaded: [] };
    let openAfterFocus = false;
    let loadTimer = null;
    if (!(key in window.__state)) window.__state[key] = multi ? [] : '';

    const selected = () => {
      const labels = multi ? window.__state[key] || [] : window.__state[key] ? [window.__state[key]] : [];
      const known = async ? [...state.loaded, ...(config.options || [])] : config.options;
      return labels.map((label) => known.find((o) => o.label === label) || { value: label, label });
    };

    // --- static structure (React keeps these nodes between renders) ---
    const input = el('input', {
      class: 'select__input',
      autocapitalize: 'none',
      autocomplete: 'off',
      autocorrect: 'off',
      id,
      spellcheck: 'false',
      tabindex: '0',
      type: 'text',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-haspopup': 'true',
      'aria-labelledby': config.labelledBy,
      'aria-required': config.required ? 'true' : undefined,
      role: 'combobox',
      value: '',
    });
    const inputContainer = el('div', { class: 'select__input-container', 'data-value': '' }, [input]);
    const valueContainer = el('div', { class: `select__value-container${multi ? ' select__value-container--is-multi' : ''}` });
    const indicators = el('div', { class: 'select__indicators' });
    if (config.toggle !== false) {
      indicators.append(
        el('button', { type: 'button', class: 'icon-button icon-button--sm', 'aria-label': 'Toggle flyout', tabindex: '-1' }, [
          el('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }),
        ]),
      );
    }
    const clearButton = el('button', { type: 'button', class: 'icon-button icon-button--sm', 'aria-label': 'Clear selections', tabindex: '-1' }, [
      el('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }),
    ]);
    const control = el('div', { class: 'select__control' }, [valueContainer, indicators]);
    let hiddenInputs = [];
    let menu = null;
    shell.replaceChildren(
      el('span', { id: `${prefix}-live-region`, class: 'a11yText' }),
      el('span', { 'aria-live': 'polite', 'aria-atomic': 'false', 'aria-relevant': 'additions text', role: 'log', class: 'a11yText' }),
      control,
    );

    // --- the controlled search input: React's value tracker ---
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() { return native.get.call(this); },
      set(v) { tracked = String(v); native.set.call(this, v); },
    });

    function visibleOptions() {
      const chosen = new Set(selected().map((o) => o.label));
      const source = async ? state.loaded : config.options;
      const q = strip(state.inputValue.trim());
      return source
        .filter((o) => !(multi && chosen.has(o.label))) // hideSelectedOptions, on by default for multi
        .filter((o) => async || q === '' || strip(`${o.label} ${o.value}`).includes(q));
    }

    function render() {
      const values = selected();
      // value container: placeholder, single value, or multi values; then the input
      const shown = [];
      if (multi && values.length) {
        for (const option of values) {
          const remove = el('div', { role: 'button', class: 'select__multi-value__remove', 'aria-label': `Remove ${option.label}` }, [el('svg', { 'aria-hidden': 'true' })]);
          remove.addEventListener('mousedown', (e) => { e.preventDefault(); e.stopPropagation(); });
          remove.addEventListener('click', () => removeValue(option));
          shown.push(el('div', { class: 'select__multi-value' }, [el('div', { class: 'select__multi-value__label', text: option.label }), remove]));
        }
      } else if (!multi && values.length) {
        if (!state.inputValue) shown.push(el('div', { class: 'select__single-value', text: values[0].label }));
      } else if (!state.inputValue) {
        shown.push(el('div', { class: 'select__placeholder', id: `${prefix}-placeholder`, text: placeholderText }));
      }
      // React never moves the search input: moving a focused element would blur it.
      for (const child of Array.from(valueContainer.children)) if (child !== inputContainer) child.remove();
      if (!inputContainer.isConnected) valueContainer.append(inputContainer);
      inputContainer.before(...shown);
      valueContainer.classList.toggle('select__value-container--has-value', values.length > 0);
      if (config.clearable && values.length) {
        if (!clearButton.isConnected) indicators.prepend(clearButton);
      } else clearButton.remove();
      control.classList.toggle('select__control--is-focused', state.isFocused);
      control.classList.toggle('select__control--menu-is-open', state.menuIsOpen);

      // the controlled input
      if (native.get.call(input) !== state.inputValue) native.set.call(input, state.inputValue);
      tracked = state.inputValue;
      inputContainer.setAttribute('data-value', state.inputValue);
      input.setAttribute('aria-expanded', String(state.menuIsOpen));
      if (values.length) input.removeAttribute('aria-describedby');
      else input.setAttribute('aria-describedby', `${prefix}-placeholder`);

      // the menu
      const options = visibleOptions();
      if (state.focused >= options.length) state.focused = options.length - 1;
      if (menu) menu.remove();
      menu = null;
      if (state.menuIsOpen) {
        const list = el('div', { class: 'select__menu-list', role: 'listbox', 'aria-multiselectable': String(multi), id: `${prefix}-listbox` });
        if (state.loading) {
          list.append(el('div', { class: 'select__menu-notice select__menu-notice--loading', text: 'Loading...' }));
        } else if (!options.length) {
          list.append(el('div', { class: 'select__menu-notice select__menu-notice--no-options', text: 'No options' }));
        } else {
          options.forEach((option, index) => {
            const isSelected = values.some((v) => v.label === option.label);
            const node = el('div', {
              class: `select__option${index === state.focused ? ' select__option--is-focused' : ''}${isSelected ? ' select__option--is-selected' : ''}`,
              'aria-disabled': 'false',
              id: `${prefix}-option-${index}`,
              tabindex: '-1',
              role: 'option',
              'aria-selected': String(isSelected),
            }, [option.label]);
            node.addEventListener('mousemove', () => { if (state.focused !== index) { state.focused = index; render(); } });
            node.addEventListener('click', () => selectOption(option));
            list.append(node);
          });
        }
        menu = el('div', { class: 'select__menu' }, [list]);
        // react-select keeps focus in the input while the menu is used with the mouse
        menu.addEventListener('mousedown', (e) => {
          if (e.button !== 0) return;
          e.stopPropagation();
          e.preventDefault();
          input.focus();
        });
        control.after(menu);
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('aria-owns', list.id);
        const active = state.focused >= 0 ? `${prefix}-option-${state.focused}` : '';
        input.setAttribute('aria-activedescendant', active);
      } else {
        input.removeAttribute('aria-controls');
        input.removeAttribute('aria-owns');
        input.setAttribute('aria-activedescendant', '');
      }

      // what the form submits
      const submitted = values.length ? values.map((v) => v.value) : [''];
      hiddenInputs.forEach((node) => node.remove());
      hiddenInputs = config.name ? (multi ? submitted : [submitted[0]]).map((value) => el('input', { name: config.name, type: 'hidden', value })) : [];
      shell.append(...hiddenInputs);
    }

    function load(query) {
      clearTimeout(loadTimer);
      state.loading = true;
      state.loaded = [];
      loadTimer = setTimeout(() => {
        if (state.inputValue !== query) return;
        state.loading = false;
        state.loaded = query.trim() ? config.loadOptions(query) : [];
        state.focused = state.loaded.length ? 0 : -1;
        render();
      }, config.delayMs || 300);
    }

    function openMenu(which) {
      state.menuIsOpen = true;
      const count = visibleOptions().length;
      state.focused = count ? (which === 'last' ? count - 1 : 0) : -1;
      render();
    }

    function closeMenu() {
      state.menuIsOpen = false;
      state.focused = -1;
      state.inputValue = '';
      state.loading = false;
      clearTimeout(loadTimer);
      render();
    }

    function commit(labels) {
      window.Controlled.commit(key, multi ? labels : labels[0] || '');
    }

    function selectOption(option) {
      const current = selected().map((o) => o.label);
      if (multi) commit(current.includes(option.label) ? current.filter((l) => l !== option.label) : [...current, option.label]);
      else commit([option.label]);
      state.inputValue = '';
      closeMenu();
    }

    function removeValue(option) {
      commit(selected().map((o) => o.label).filter((l) => l !== option.label));
    }

    clearButton.addEventListener('mousedown', (event) => {
      if (event.button !== 0) return;
      commit([]);
      event.preventDefault();
      openAfterFocus = false;
      setTimeout(() => input.focus());
    });

    control.addEventListener('mousedown', (event) => {
      // A press an indicator handled (the clear control) is not the control's.
      if (event.button !== 0 || event.defaultPrevented) return;
      const onInput = event.target === input;
      if (!state.isFocused) {
        openAfterFocus = true;
        input.focus();
      } else if (!state.menuIsOpen) {
        openMenu('first');
      } else if (!onInput) {
        closeMenu();
      }
      if (!onInput) event.preventDefault();
    });

    input.addEventListener('focus', () => {
      state.isFocused = true;
      if (openAfterFocus) openMenu('first');
      openAfterFocus = false;
      render();
    });

    input.addEventListener('blur', () => {
      state.isFocused = false;
      openAfterFocus = false;
      state.inputValue = '';
      state.menuIsOpen = false;
      state.focused = -1;
      state.loading = false;
      clearTimeout(loadTimer);
      render();
    });

    input.addEventListener('input', () => {
      const now = native.get.call(input);
      if (now === tracked) return;
      tracked = now;
      state.inputValue = now;
      state.menuIsOpen = true;
      if (async) load(now);
      state.focused = visibleOptions().length ? 0 : -1;
      render();
    });

    input.addEventListener('keydown', (event) => {
      const options = visibleOptions();
      switch (event.key) {
        case 'ArrowDown':
          if (!state.menuIsOpen) openMenu('first');
          else if (options.length) { state.focused = (state.focused + 1) % options.length; render(); }
          break;
        case 'ArrowUp':
          if (!state.menuIsOpen) openMenu('last');
          else if (options.length) { state.focused = (state.focused - 1 + options.length) % options.length; render(); }
          break;
        case 'Enter':
          if (event.isComposing) return;
          if (state.menuIsOpen) {
            if (state.focused >= 0 && options[state.focused]) selectOption(options[state.focused]);
            break;
          }
          // Not handled: the browser's implicit submission of the form takes it from here.
          if (!event.isTrusted) window.__submitted = true;
          return;
        case 'Tab':
          if (state.menuIsOpen && state.focused >= 0 && options[state.focused]) selectOption(options[state.focused]);
          return;
        case 'Escape':
          if (state.menuIsOpen) closeMenu();
          break;
        case 'Backspace':
          // backspaceRemovesValue: pops the last value of a multi-select, clears a clearable single one
          if (state.inputValue || !selected().length || !(multi || config.clearable)) return;
          commit(multi ? selected().map((o) => o.label).slice(0, -1) : []);
          return;
        default:
          return;
      }
      event.preventDefault();
    });

    window.Controlled.view(render);
    return { input, control };
  }

  window.ReactSelect = ReactSelect;
})();
