/*
 * Lever's hosted application page (jobs.lever.co/<company>/<posting>/apply) is server-rendered
 * and enhanced by jQuery scripts; this reproduces their behaviour without jQuery:
 * - application.js: the resume button shows the chosen file's name; the EEO disability answer
 *   reveals the CC-305 signature section and makes its inputs required (some accounts show and
 *   require it from the start: option signatureAlwaysShown).
 * - parseResume.js: attaching a resume shows "Analyzing resume...", sends it to /parseResume, then
 *   writes the parsed values into every field the candidate has not touched (a field counts as
 *   touched after a change or paste event while it holds a value), '' where the parse found nothing.
 * - retrieveLocations.js: "Current location" searches on keydown (debounced 500 ms), picks a
 *   suggestion on mousedown (or arrows + Enter) into the hidden selectedLocation, and clears
 *   itself on blur when the suggestions are open and none was picked.
 * Plain inputs keep their values (nothing is reverted as in React); what the page holds is
 * recorded in window.__state by control name, which tests read.
 */
(function () {
  const state = (window.__state = window.__state || {});
  window.__submitted = false;
  const SEARCH_DEBOUNCE_MS = 500;
  const SEARCH_LATENCY_MS = 80;
  const PARSE_LATENCY_MS = 400;

  function record(el) {
    if (!el.name) return;
    if (el.type === 'file') {
      const file = el.files && el.files[0];
      state[el.name] = file ? { name: file.name, size: file.size, type: file.type } : null;
    } else if (el.type === 'checkbox') {
      state[el.name] = Array.from(document.getElementsByName(el.name)).filter((i) => i.checked).map((i) => i.value);
    } else if (el.type === 'radio') {
      const checked = Array.from(document.getElementsByName(el.name)).find((i) => i.checked);
      state[el.name] = checked ? checked.value : '';
    } else {
      state[el.name] = el.value;
    }
  }

  function recordAll(form) {
    form.querySelectorAll('input[name], select[name], textarea[name]').forEach(record);
  }

  /* application.js: the visible upload button mirrors the chosen file. */
  function showFileName(input) {
    const visibleUpload = input.parentElement;
    const filenameTarget = visibleUpload.querySelector(':scope > .filename');
    const defaultLabel = visibleUpload.querySelector(':scope > .default-label');
    const file = input.files && input.files[0];
    if (file) {
      filenameTarget.textContent = file.name;
      filenameTarget.style.display = '';
      visibleUpload.classList.add('has-file');
      defaultLabel.style.display = 'none';
    } else {
      filenameTarget.textContent = '';
      filenameTarget.style.display = 'none';
      visibleUpload.classList.remove('has-file');
      defaultLabel.style.display = '';
    }
  }

  function show(el, shown) {
    if (el) el.style.display = shown ? 'inline' : 'none';
  }

  /* parseResume.js */
  function startResumeParsing(form, options) {
    const touched = new WeakSet();
    const markTouched = (e) => {
      if (e.target.value) touched.add(e.target);
    };
    form.addEventListener('change', markTouched, true);
    form.addEventListener('paste', markTouched, true);
    let parses = 0;
    const uploadTemplate = form.querySelector('.visible-resume-upload').outerHTML;

    function updateIfUntouched(name, value) {
      const el = form.querySelector(`[name="${name}"]`);
      if (!el || touched.has(el)) return;
      el.value = value || '';
      record(el);
    }

    function uploadBlock() {
      return form.querySelector('.application-question.resume .application-field');
    }

    /*
     * The first answer from /parseResume re-renders the upload block from the server's template
     * (it now carries the stored resume's id). A browser cannot carry a chosen file into a new
     * input, so the file the candidate attached is gone and the button shows "ATTACH RESUME/CV".
     */
    function rerenderUploadBlock() {
      const block = uploadBlock();
      block.querySelector('.visible-resume-upload').outerHTML = uploadTemplate;
      const input = block.querySelector('#resume-upload-input');
      showFileName(input);
      bindUpload(input);
      record(input);
    }

    function onResume(input) {
      const block = uploadBlock();
      const file = input.files && input.files[0];
      show(block.querySelector('.resume-upload-success'), false);
      show(block.querySelector('.resume-upload-failure'), false);
      if (!file) return;
      show(block.querySelector('.resume-upload-working'), true);
      parses += 1;
      const firstParse = parses === 1;
      setTimeout(() => {
        show(block.querySelector('.resume-upload-working'), false);
        show(block.querySelector('.resume-upload-success'), true);
        const storageId = form.querySelector('[name=resumeStorageId]');
        storageId.value = `storage-${parses}`;
        record(storageId);
        for (const [name, value] of Object.entries(options.parsed || {})) updateIfUntouched(name, value);
        if (firstParse && options.rerenderUploadOnce) rerenderUploadBlock();
      }, PARSE_LATENCY_MS);
    }

    function bindUpload(input) {
      input.addEventListener('change', () => {
        showFileName(input);
        record(input);
        onResume(input);
      });
    }

    bindUpload(form.querySelector('#resume-upload-input'));
  }

  /* retrieveLocations.js */
  function startLocationSearch(form, locations) {
    const input = form.querySelector('#location-input');
    if (!input) return;
    const selected = form.querySelector('#selected-location');
    const container = input.parentElement.querySelector('.dropdown-container');
    const results = container.querySelector('.dropdown-results');
    const noResults = container.querySelector('.dropdown-no-results');
    const loading = container.querySelector('.dropdown-loading-results');
    let timer;
    let highlighted = -1;
    let picked = false;

    const isOpen = () => container.style.display !== 'none';
    const close = () => {
      container.style.display = 'none';
      highlighted = -1;
    };

    function pick(location) {
      input.value = location.name;
      selected.value = JSON.stringify(location);
      picked = true;
      record(input);
      record(selected);
      close();
    }

    function render(found) {
      loading.style.display = 'none';
      noResults.style.display = found.length ? 'none' : '';
      results.replaceChildren(
        ...found.map((location, i) => {
          const div = document.createElement('div');
          div.className = 'dropdown-location';
          div.id = `location-${i}`;
          div.textContent = location.name;
          div.addEventListener('mousedown', (e) => {
            e.preventDefault();
            pick(location);
          });
          return div;
        }),
      );
    }

    function search() {
      const text = input.value.trim().toLowerCase();
      if (!text) return render([]);
      loading.style.display = '';
      setTimeout(() => render(locations.filter((l) => l.name.toLowerCase().includes(text))), SEARCH_LATENCY_MS);
    }

    input.addEventListener('input', () => {
      picked = false;
      selected.value = '';
      record(selected);
      container.style.display = '';
    });
    input.addEventListener('keydown', (e) => {
      const options = results.querySelectorAll('.dropdown-location');
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        highlighted = Math.max(0, Math.min(options.length - 1, highlighted + (e.key === 'ArrowDown' ? 1 : -1)));
        options.forEach((o, i) => o.classList.toggle('highlighted', i === highlighted));
        return;
      }
      if (e.key === 'Enter') {
        e.preventDefault();
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
        record(input);
        record(selected);
      }
      close();
    });
    close();
  }

  /*
   * application.js: the CC-305 signature is asked once a disability answer is chosen, or from the
   * start on accounts that always show it.
   */
  function startDisabilitySignature(form, alwaysShown) {
    const select = form.querySelector('#disabilitySelectElement');
    const section = form.querySelector('#disabilitySignatureSection');
    if (!select || !section) return;
    const sync = () => {
      const hasValue = alwaysShown || !!select.value;
      section.style.display = hasValue ? '' : 'none';
      section.querySelectorAll('input').forEach((i) => (i.required = hasValue));
    };
    select.addEventListener('change', sync);
    sync();
  }

  window.LeverApplication = {
    start(options = {}) {
      const form = document.getElementById('application-form');
      recordAll(form);
      form.addEventListener('input', (e) => record(e.target));
      form.addEventListener('change', (e) => record(e.target));
      startResumeParsing(form, options);
      startLocationSearch(form, options.locations || []);
      startDisabilitySignature(form, !!options.signatureAlwaysShown);
      // The visible button runs hCaptcha and then clicks the hidden submit: either counts.
      document.getElementById('btn-submit').addEventListener('click', () => (window.__submitted = true));
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        window.__submitted = true;
      });
    },
    /** What a person does by hand: types, then leaves the field (change fires). */
    typeAsUser(name, value) {
      const el = document.querySelector(`[name="${name}"]`);
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
})();
