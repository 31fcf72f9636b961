/*
 * What Ashby's hosted application (jobs.ashbyhq.com/<org>/<posting>/application, a React app with
 * no <form> element) does, without React. tests/pages/ashby/SOURCES.md says where each behaviour
 * comes from and which parts are guessed:
 * - text inputs and textareas are React-controlled: a value set without an input event is put
 *   back on the next render (controlled.js);
 * - a Yes/No question is two buttons over a display-only checkbox: a click presses one
 *   (aria-pressed, an `_active_` class), and the checkbox is checked only for "Yes";
 * - single choices are radio fieldsets and multiple choices checkbox fieldsets whose boxes are
 *   named by their option's label;
 * - the location and long single choices are comboboxes with a toggle button. Their list is
 *   portalled to the end of <body> (div[role=listbox][id=":rN:"], named by the input's
 *   aria-controls while open); while it is open every other field entry is aria-hidden (react-aria's
 *   ariaHideOutside). A click on the input opens nothing. The location lists places only after text
 *   is typed, from a server search that answers a moment later; a long choice lists all its options
 *   when the toggle opens it, and typing filters them. A choice commits only on a click of an
 *   option; typed text without a pick goes on blur, and emptying the text leaves the list open;
 *   Escape closes it;
 * - the resume field is a react-dropzone (input change or a drop on the zone), which shows the
 *   file's name once its upload ends;
 * - the separate "Autofill from resume" uploader parses a file and writes what it read over the
 *   form.
 * - the form itself is rendered from a client-side fetch, a moment after the page loads.
 * What the page holds is read by field path through window.__state; window.__submitted tells
 * whether anything pressed Submit, window.__locationSearches what the location search was asked.
 */
(function () {
  const SEARCH_DEBOUNCE_MS = 250;
  const SEARCH_LATENCY_MS = 300;
  const UPLOAD_MS = 1000;
  const PARSE_MS = 600;
  const RENDER_MS = 400;
  const ACTIVE = '_active_1svni_57';
  const ENTRY = '.ashby-application-form-field-entry';
  const C = window.Controlled;
  const state = C.state;
  const PLACES = [
    'New York, New York, United States',
    'New York Mills, Minnesota, United States',
    'Newark, New Jersey, United States',
    'York, Pennsylvania, United States',
    'Hoboken, New Jersey, United States',
    'London, England, United Kingdom',
  ];

  window.__submitted = false;
  window.__locationSearches = [];
  let popups = 0;

  const pathOf = (entry) => entry.getAttribute('data-field-path');
  const labelText = (input) => (input.labels && input.labels[0] ? input.labels[0].textContent.trim() : '');

  /** react-aria's ariaHideOutside: while a popup is open, the other field entries leave the accessibility tree. */
  function hideOutside(keep, hidden) {
    for (const entry of document.querySelectorAll(ENTRY)) {
      if (entry === keep) continue;
      if (hidden) entry.setAttribute('aria-hidden', 'true');
      else entry.removeAttribute('aria-hidden');
    }
  }

  function yesNo(entry, path) {
    const group = entry.querySelector('.ashby-application-form-input-yesno');
    const buttons = Array.from(group.querySelectorAll('button[data-option]'));
    const box = group.querySelector('input[type="checkbox"]');
    state[path] = null;
    for (const button of buttons) button.addEventListener('click', () => C.commit(path, button.dataset.option === 'yes'));
    C.view(() => {
      for (const button of buttons) {
        const pressed = state[path] !== null && (button.dataset.option === 'yes') === state[path];
        button.setAttribute('aria-pressed', String(pressed));
        button.classList.toggle(ACTIVE, pressed);
      }
      box.checked = state[path] === true;
    });
  }

  function radios(entry, path) {
    const inputs = Array.from(entry.querySelectorAll('input[type="radio"]'));
    state[path] = null;
    for (const input of inputs) input.addEventListener('change', () => C.commit(path, labelText(input)));
    C.view(() => inputs.forEach((input) => (input.checked = labelText(input) === state[path])));
  }

  function checkboxes(entry, path) {
    const inputs = Array.from(entry.querySelectorAll('input[type="checkbox"]'));
    state[path] = [];
    for (const input of inputs) {
      input.addEventListener('change', () => C.commit(path, inputs.filter((box) => box.checked).map(labelText)));
    }
    C.view(() => inputs.forEach((input) => (input.checked = state[path].includes(labelText(input)))));
  }

  function upload(entry, path) {
    const zone = entry.querySelector('.ashby-application-form-input-file');
    const input = zone.querySelector('input[type="file"]');
    const shown = zone.querySelector('.ashby-application-form-input-file-dropzone');
    const chip = zone.querySelector('.ashby-application-form-input-file-item');
    state[path] = null;
    function take(file) {
      if (!file) return;
      // The file goes up through an upload handle first; the field shows it once that ends.
      setTimeout(() => C.commit(path, { name: file.name, size: file.size, type: file.type }), UPLOAD_MS);
    }
    input.addEventListener('change', () => take(input.files && input.files[0]));
    zone.addEventListener('dragover', (event) => event.preventDefault());
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      take(event.dataTransfer && event.dataTransfer.files[0]);
    });
    C.view(() => {
      const file = state[path];
      shown.hidden = !!file;
      chip.hidden = !file;
      chip.querySelector('.ashby-application-form-input-file-item-name').textContent = file ? file.name : '';
    });
  }

  /**
   * A combobox with its toggle button. `search(query, show)` lists the options for what is typed
   * (the location answers later, from its server); `all` is what the toggle shows without typing.
   */
  function combobox(entry, path, search, all) {
    const input = entry.querySelector('input[role="combobox"]');
    const toggle = entry.querySelector('button');
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    let typed = null;
    let listbox = null;
    state[path] = '';

    function render() {
      const want = typed ?? state[path];
      if (native.get.call(input) !== want) native.set.call(input, want);
    }

    function open() {
      if (listbox) return;
      listbox = document.createElement('div');
      listbox.id = `:r${(popups++).toString(36)}:`;
      listbox.setAttribute('role', 'listbox');
      listbox.className = '_popup_x1b2c_11 ashby-application-form-input-autocomplete-popup';
      const box = input.getBoundingClientRect();
      Object.assign(listbox.style, { position: 'absolute', left: `${box.left + scrollX}px`, top: `${box.bottom + scrollY + 4}px`, width: `${box.width}px` });
      // A press on an option must not take the focus from the input first.
      listbox.addEventListener('mousedown', (event) => event.preventDefault());
      document.body.append(listbox);
      input.setAttribute('aria-controls', listbox.id);
      input.setAttribute('aria-expanded', 'true');
      hideOutside(entry, true);
    }

    function close() {
      if (!listbox) return;
      listbox.remove();
      listbox = null;
      input.removeAttribute('aria-controls');
      input.setAttribute('aria-expanded', 'false');
      hideOutside(entry, false);
    }

    function show(options) {
      if (!listbox) return;
      listbox.replaceChildren(
        ...options.map((label, index) => {
          const option = document.createElement('div');
          option.id = `${listbox.id}-option-${index}`;
          option.setAttribute('role', 'option');
          // The highlighted row is the keyboard's, not a choice.
          option.setAttribute('aria-selected', String(index === 0));
          option.className = '_result_x1b2c_24 ashby-application-form-input-autocomplete-popup-result';
          option.textContent = label;
          option.addEventListener('click', () => {
            typed = null;
            close();
            C.commit(path, label);
          });
          return option;
        }),
      );
    }

    input.addEventListener('input', () => {
      typed = native.get.call(input);
      open();
      search(typed, show);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    input.addEventListener('blur', () => {
      typed = null;
      close();
      render();
    });
    toggle.addEventListener('click', () => {
      if (listbox) return close();
      open();
      show(all);
    });
    C.view(render);
  }

  let searchTimer = 0;
  function searchPlaces(query, show) {
    clearTimeout(searchTimer);
    if (!query.trim()) return show([]);
    searchTimer = setTimeout(() => {
      window.__locationSearches.push(query);
      const found = PLACES.filter((place) => place.toLowerCase().includes(query.trim().toLowerCase()));
      setTimeout(() => show(found), SEARCH_LATENCY_MS);
    }, SEARCH_DEBOUNCE_MS);
  }

  function filterOptions(options) {
    return (query, show) => show(options.filter((option) => option.toLowerCase().includes(query.trim().toLowerCase())));
  }

  /** Binds the form's widgets once React has rendered it from the posting's form definition. */
  function start() {
    for (const entry of document.querySelectorAll(`${ENTRY}[data-field-path]`)) {
      const path = pathOf(entry);
      const text = entry.querySelector('input.ashby-application-form-input-text, textarea.ashby-application-form-input-textarea');
      if (text) C.text(text, path);
      else if (entry.querySelector('.ashby-application-form-input-yesno')) yesNo(entry, path);
      else if (entry.querySelector('.ashby-application-form-input-radio-group')) radios(entry, path);
      else if (entry.querySelector('.ashby-application-form-input-checkbox-group')) checkboxes(entry, path);
      else if (entry.querySelector('.ashby-application-form-input-file')) upload(entry, path);
      else if (entry.querySelector('input.ashby-application-form-input-autocomplete')) combobox(entry, path, searchPlaces, []);
      else if (entry.querySelector('input[role="combobox"]')) {
        const options = window.__ashbyChoices[path];
        combobox(entry, path, filterOptions(options), options);
      }
    }

    // "Autofill from resume": the parse comes back as a whole form render, written over what is there.
    const autofill = document.querySelector('.ashby-application-form-autofill-input-root');
    const parser = autofill.querySelector('input[type="file"]');
    state.autofillResume = null;
    parser.addEventListener('change', () => {
      const file = parser.files && parser.files[0];
      if (!file) return;
      state.autofillResume = { name: file.name, size: file.size, type: file.type };
      autofill.querySelector('.ashby-application-form-autofill-input-pending-layer').hidden = false;
      setTimeout(() => {
        autofill.querySelector('.ashby-application-form-autofill-input-pending-layer').hidden = true;
        state._systemfield_name = 'Parsed From Resume';
        state._systemfield_email = 'parsed@example.com';
        C.scheduleRender();
      }, PARSE_MS);
    });

    document.querySelector('.ashby-application-form-submit-button').addEventListener('click', () => {
      window.__submitted = true;
    });
  }

  const application = document.querySelector('template#application-form');
  setTimeout(() => {
    application.replaceWith(application.content.cloneNode(true));
    start();
  }, RENDER_MS);
})();
