/*
 * What the scripts of Lever's hosted application page (jobs.lever.co and jobs.eu.lever.co,
 * /<company>/<posting>/apply) do, without jQuery. tests/pages/lever/SOURCES.md says where each
 * behaviour comes from and which parts are guessed:
 * - application.js: the resume button shows the chosen file's name; a required checkbox group
 *   stops being required once one box is ticked; the disability answer slides the CC-305
 *   signature section open (jQuery's slideToggle('slow')) and makes its inputs required.
 * - parseResume.js: a chosen resume shows "Analyzing resume...", goes to /parseResume, and the
 *   answer is written into every parsed field the candidate has not touched (a change or paste
 *   event while it holds a value), '' where the parse found nothing; selectedLocation is never
 *   "touched", so the parse always rewrites it.
 * - retrieveLocations.js: "Current location" opens its dropdown on input, searches 500 ms after
 *   the last key press (never on input events alone), picks a suggestion on mousedown (or arrows
 *   and Enter) into the hidden selectedLocation, and on blur with the dropdown open and nothing
 *   picked clears both.
 * What the page holds is read by control name through window.__state; window.__submitted
 * tells whether anything tried to submit, window.__locationSearches what was searched.
 */
(function () {
  const SEARCH_DEBOUNCE_MS = 500;
  const SEARCH_LATENCY_MS = 150;
  const PARSE_LATENCY_MS = 600;
  const SLIDE_MS = 600;
  const MAX_FILE_SIZE = 100 * 1000 * 1000;
  const PARSED_FIELDS = ['org', 'phone', 'name', 'email', 'location', 'urls[LinkedIn]', 'urls[Twitter]', 'urls[Quora]', 'urls[GitHub]', 'urls[Other]'];
  const URL_NAMES = ['LinkedIn', 'Twitter', 'Quora', 'GitHub', 'Other'];

  window.__submitted = false;
  window.__locationSearches = [];

  /** jQuery's show() on an element the stylesheet hides gives it its default display. */
  function show(el, shown) {
    if (el) el.style.display = shown ? 'inline' : 'none';
  }

  function namedInput(form, name) {
    return form.querySelector(`input[name="${CSS.escape(name)}"]`);
  }

  /** jQuery's swing easing over slideToggle('slow'): height and overflow set inline while it runs. */
  function slideToggle(el) {
    const opening = getComputedStyle(el).display === 'none';
    if (opening) el.style.display = 'block';
    const full = el.scrollHeight;
    const from = opening ? 0 : el.offsetHeight;
    const to = opening ? full : 0;
    const start = performance.now();
    el.style.overflow = 'hidden';
    el.style.height = `${from}px`;
    function step(now) {
      const progress = Math.min(1, (now - start) / SLIDE_MS);
      el.style.height = `${from + (to - from) * (0.5 - Math.cos(progress * Math.PI) / 2)}px`;
      if (progress < 1) {
        requestAnimationFrame(step);
        return;
      }
      el.style.height = '';
      el.style.overflow = '';
      if (!opening) el.style.display = 'none';
    }
    requestAnimationFrame(step);
  }

  /* application.js */
  function startApplication(form) {
    form.querySelectorAll('.application-file-input').forEach((input) => {
      input.addEventListener('change', () => {
        const visibleUpload = input.parentElement;
        const filename = visibleUpload.querySelector(':scope > .filename');
        const defaultLabel = visibleUpload.querySelector(':scope > .default-label');
        const file = input.files && input.files[0];
        filename.textContent = file ? file.name : '';
        filename.style.display = file ? 'inline' : 'none';
        defaultLabel.style.display = file ? 'none' : 'inline';
        visibleUpload.classList.toggle('has-file', !!file);
      });
    });

    // One set for the whole page, as application.js selects it: a tick anywhere lifts them all.
    const requiredCheckboxes = Array.from(form.querySelectorAll('.required-field input[type="checkbox"][required]'));
    requiredCheckboxes.forEach((box) =>
      box.addEventListener('change', () => {
        const anyChecked = requiredCheckboxes.some((other) => other.checked);
        requiredCheckboxes.forEach((other) => (other.required = !anyChecked));
      }),
    );

    const disability = document.getElementById('disabilitySelectElement');
    const signature = document.getElementById('disabilitySignatureSection');
    if (disability && signature) {
      if (!disability.value) signature.style.display = 'none';
      disability.addEventListener('change', () => {
        const hasValue = !!disability.value;
        const showing = getComputedStyle(signature).display !== 'none';
        if (hasValue !== showing) slideToggle(signature);
        signature.querySelectorAll('input').forEach((input) => (input.required = hasValue));
      });
    }
  }

  /* parseResume.js; `parse` is what this account's /parseResume answers for the test resume. */
  function startResumeParsing(form, parse) {
    const touched = new Map();
    const status = (name) => form.querySelector(`.resume-upload-${name}`);
    for (const name of PARSED_FIELDS) {
      const field = namedInput(form, name);
      if (!field) continue;
      for (const type of ['change', 'paste']) field.addEventListener(type, () => touched.set(field, true));
    }

    function updateIfUntouched(name, value) {
      const field = namedInput(form, name);
      if (!field || (touched.get(field) && field.value)) return;
      touched.set(field, false);
      field.value = value || '';
    }

    function updateFields(profile) {
      if (!profile) {
        show(status('failure'), true);
        return;
      }
      show(status('success'), true);
      updateIfUntouched('org', profile.position);
      updateIfUntouched('phone', profile.phone);
      updateIfUntouched('name', profile.name);
      updateIfUntouched('email', profile.email);
      updateIfUntouched('location', profile.location && profile.location.name);
      updateIfUntouched('selectedLocation', JSON.stringify(profile.location));
      const found = new Map();
      for (const link of profile.links || []) {
        const name = URL_NAMES.slice(0, -1).find((known) => link.domain && link.domain.toLowerCase().includes(known.toLowerCase()));
        found.set(name || 'Other', link.url);
      }
      for (const name of URL_NAMES) updateIfUntouched(`urls[${name}]`, found.get(name));
      if (profile.resumeStorageId) updateIfUntouched('resumeStorageId', profile.resumeStorageId);
    }

    let pending;
    form.querySelector('#resume-upload-input').addEventListener('change', function () {
      for (const name of ['failure', 'success', 'working', 'oversize']) show(status(name), false);
      const file = this.files && this.files[0];
      if (!file || file.size === 0) return;
      if (file.size > MAX_FILE_SIZE) {
        show(status('oversize'), true);
        return;
      }
      show(status('working'), true);
      clearTimeout(pending);
      pending = setTimeout(() => {
        show(status('working'), false);
        updateFields(parse);
      }, PARSE_LATENCY_MS);
    });
  }

  /*
   * retrieveLocations.js. `widget` names the page's parts: `popup`, the element shown while the
   * dropdown is open; `results`, where suggestions are listed; `suggestionClass` and `role` of
   * each suggestion; `locations`, what /searchLocations answers.
   */
  function startLocationSearch(widget) {
    const input = document.getElementById('location-input');
    const selected = document.getElementById('selected-location');
    const popup = document.querySelector(widget.popup);
    const results = document.querySelector(widget.results);
    const scope = widget.statusIn ? document.querySelector(widget.statusIn) : popup;
    const noResults = scope.querySelector('.dropdown-no-results');
    const loading = scope.querySelector('.dropdown-loading-results');
    const openDisplay = widget.openDisplay || 'block';
    let timer;
    let highlighted = -1;
    let picked = false;

    const isOpen = () => popup.style.display !== 'none';
    function setOpen(open) {
      popup.style.display = open ? openDisplay : 'none';
      if (input.hasAttribute('aria-expanded')) input.setAttribute('aria-expanded', String(open));
      if (!open) highlighted = -1;
    }

    function pick(location) {
      input.value = location.name;
      selected.value = JSON.stringify(location);
      picked = true;
      setOpen(false);
    }

    function render(found) {
      if (loading) loading.style.display = 'none';
      if (noResults) noResults.style.display = found.length ? 'none' : 'block';
      results.replaceChildren(
        ...found.map((location, index) => {
          const option = document.createElement('div');
          option.className = widget.suggestionClass;
          option.id = `${widget.idPrefix}${index}`;
          if (widget.role) option.setAttribute('role', widget.role);
          option.textContent = location.name;
          option.addEventListener('mousedown', (event) => {
            event.preventDefault();
            pick(location);
          });
          return option;
        }),
      );
    }

    function search() {
      const text = input.value.trim();
      if (!text) return;
      window.__locationSearches.push(text);
      if (loading) loading.style.display = 'block';
      if (noResults) noResults.style.display = 'none';
      setTimeout(() => render(widget.locations.filter((location) => location.name.toLowerCase().includes(text.toLowerCase()))), SEARCH_LATENCY_MS);
    }

    input.addEventListener('input', () => {
      picked = false;
      setOpen(true);
    });
    input.addEventListener('keydown', (event) => {
      const options = results.children;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        highlighted = Math.max(0, Math.min(options.length - 1, highlighted + (event.key === 'ArrowDown' ? 1 : -1)));
        Array.from(options).forEach((option, index) => option.classList.toggle('highlighted', index === highlighted));
        return;
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        if (highlighted >= 0) options[highlighted].dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(search, SEARCH_DEBOUNCE_MS);
    });
    input.addEventListener('blur', () => {
      if (isOpen() && !picked) {
        input.value = '';
        selected.value = '';
      }
      setOpen(false);
    });
    setOpen(false);
  }

  /** The controls' values by name: checkbox groups as the values ticked, files as what the input holds. */
  function snapshot(form) {
    const state = {};
    for (const el of form.querySelectorAll('input[name], select[name], textarea[name]')) {
      const { name } = el;
      if (el.type === 'file') {
        const file = el.files && el.files[0];
        state[name] = file ? { name: file.name, size: file.size, type: file.type } : null;
      } else if (el.type === 'checkbox') {
        state[name] = Array.isArray(state[name]) ? state[name] : [];
        if (el.checked) state[name].push(el.value);
      } else if (el.type === 'radio') {
        if (!(name in state)) state[name] = '';
        if (el.checked) state[name] = el.value;
      } else if (el.type === 'hidden' && form.querySelector(`input[name="${CSS.escape(name)}"]:not([type="hidden"])`)) {
        // The "0" Lever posts beside an unticked consent box: the box says what the page holds.
        continue;
      } else {
        state[name] = el.value;
      }
    }
    return state;
  }

  window.LeverApplication = {
    start(options) {
      const form = document.getElementById('application-form');
      Object.defineProperty(window, '__state', { get: () => snapshot(form), configurable: true });
      startApplication(form);
      startResumeParsing(form, options.parse);
      startLocationSearch(options.location);
      // The visible button runs hCaptcha and then clicks the hidden submit: either counts.
      document.getElementById('btn-submit').addEventListener('click', () => (window.__submitted = true));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        window.__submitted = true;
      });
    },
    /** What a person does by hand: types, then leaves the field (change fires). */
    typeAsUser(name, value) {
      const el = document.querySelector(`[name="${CSS.escape(name)}"]`);
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
})();
