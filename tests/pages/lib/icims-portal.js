/*
 * What iCIMS's portal scripts do on the Candidate Profile page in its frame, without jQuery.
 * tests/pages/icims/SOURCES.md says where each behaviour comes from and which parts are guessed:
 * - icimsDropdown.js (captured): a select marked icimsdropdown-enabled="1" is hidden
 *   (dropdown-hide) and drawn as a.dropdown-select (role=combobox, no aria-controls) with its
 *   shown text in span.dropdown-text, and a closed div.dropdown-container holding a search box
 *   (hidden when icimsdropdown-search="0") and ul.dropdown-results. A mousedown on the anchor
 *   opens or closes it; a mousedown elsewhere closes it. Options come from the server (ajax) 25
 *   at a time, the next 25 when the list is scrolled near its end; a typed search is sent 500 ms
 *   after the last keyup that changed it. A click on li.result-selectable picks: the shown text
 *   changes, the select gets one option (the pick), the list closes, and the select's change
 *   handler runs (guessed: the library calls its onchange callback). A dependent list
 *   (data-ddd-parent-link) is emptied and reloaded when its parent changes.
 * - field.js / resume (captured): the resume input's own onchange submits the form to its
 *   address plus &uploadResume=1; the server parses the file and renders the whole form again,
 *   with what it read (simulated here from the posted form, see renderParse).
 * - The frame posts its height to the page around it (captured), which grows the frame.
 * What the page holds is read through window.__state() (by control name, files as name/size/type,
 * and the text each drawn dropdown shows), window.__posted (what the last POST carried).
 */
(function () {
  const PAGE_SIZE = 25;
  const SEARCH_DEBOUNCE_MS = 500;
  const SERVER_LATENCY_MS = 120;
  const PLACEHOLDER = '— Make a Selection —';
  const SEARCH_TEXT = '— Type to Search —';

  window.pageDirtyFlag = false;

  // The server's lists, as its ajax answers give them: [value, text].
  const COUNTRIES = [['US', 'United States'], ['AF', 'Afghanistan'], ['AX', 'Åland Islands'], ['AL', 'Albania'], ['DZ', 'Algeria'],
    ['AS', 'American Samoa'], ['AD', 'Andorra'], ['AO', 'Angola'], ['AI', 'Anguilla'], ['AQ', 'Antarctica'], ['AG', 'Antigua And Barbuda'],
    ['AR', 'Argentina'], ['AM', 'Armenia'], ['AW', 'Aruba'], ['AU', 'Australia'], ['AT', 'Austria'], ['AZ', 'Azerbaijan'], ['BS', 'Bahamas'],
    ['BH', 'Bahrain'], ['BD', 'Bangladesh'], ['BB', 'Barbados'], ['BY', 'Belarus'], ['BE', 'Belgium'], ['BZ', 'Belize'], ['BJ', 'Benin'],
    ['BR', 'Brazil'], ['CA', 'Canada'], ['CL', 'Chile'], ['CN', 'China'], ['CO', 'Colombia'], ['DK', 'Denmark'], ['EG', 'Egypt'],
    ['FI', 'Finland'], ['FR', 'France'], ['DE', 'Germany'], ['GR', 'Greece'], ['IN', 'India'], ['IE', 'Ireland'], ['IL', 'Israel'],
    ['IT', 'Italy'], ['JP', 'Japan'], ['MX', 'Mexico'], ['NL', 'Netherlands'], ['NZ', 'New Zealand'], ['NO', 'Norway'], ['PL', 'Poland'],
    ['PT', 'Portugal'], ['ES', 'Spain'], ['SE', 'Sweden'], ['CH', 'Switzerland'], ['GB', 'United Kingdom'],
    ['UM', 'United States Minor Outlying Islands'], ['VN', 'Vietnam']];
  const STATES = {
    US: ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia',
      'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
      'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
      'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
      'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin',
      'Wyoming'].map((name, i) => [String(4100 + i), name]),
    CA: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario',
      'Prince Edward Island', 'Quebec', 'Saskatchewan'].map((name, i) => [String(4300 + i), name]),
  };
  const SCHOOLS = ['Arizona State University', 'Boston University', 'Brown University', 'California Institute of Technology',
    'Carnegie Mellon University', 'Cornell University', 'Dartmouth College', 'Duke University', 'Georgia Institute of Technology',
    'Harvard University', 'Johns Hopkins University', 'Massachusetts Institute of Technology', 'New York University',
    'Northwestern University', 'Ohio State University', 'Princeton University', 'Purdue University', 'Rice University',
    'Stanford University', 'University of California, Berkeley', 'University of California, Los Angeles', 'University of Chicago',
    'University of Michigan', 'University of Pennsylvania', 'University of Texas at Austin', 'University of Washington',
    'Columbia University in the City of New York', 'Vanderbilt University', 'Yale University'].map((name, i) => [String(9100 + i), name]);
  const DEGREES = ['AS', 'BS', 'MS', 'PhD', 'MBA', 'MCS', 'BCS', 'BA'].map((name, i) => [String(20300 + i), name]);
  const MAJORS = ['Aerospace Eng.', 'Applied Mathematics', 'Applied Physics', 'Biochemistry', 'Biomedical Eng.', 'Business Admin.',
    'Chemical Eng.', 'Chemistry', 'Civil Eng.', 'Communication Eng.', 'Computer Eng.', 'Computer Info. Sys.', 'Computer Science',
    'Economics', 'Electrical Eng.', 'Electronic Eng.', 'English', 'Finance/Accounting', 'Industrial Eng.', 'Information Sys.',
    'Management', 'Management Info.Sys.', 'Manufacturing Eng.', 'Mathematics', 'Mechanical Eng.', 'Others'].map((name, i) => [String(20500 + i), name]);
  const YES_NO = [['20001', 'Yes'], ['20002', 'No']];

  /** Which server list answers a dropdown, by its field name (the portal asks per field). */
  function listFor(select) {
    const name = select.name.replace(/^-\d+_/, '');
    if (/AddressCountry$|rcf3218$/.test(name)) return COUNTRIES;
    if (/AddressState$|rcf3217$/.test(name)) {
      const parent = parentOf(select);
      return parent && STATES[parent.value] ? STATES[parent.value] : [];
    }
    if (/School$/.test(name)) return SCHOOLS;
    if (/Degree$/.test(name)) return DEGREES;
    if (/Major$/.test(name)) return MAJORS;
    return YES_NO;
  }

  function parentOf(select) {
    const link = select.getAttribute('data-ddd-parent-link');
    if (!link) return null;
    const prefix = /^(-\d+_)/.exec(select.id)?.[1] ?? '';
    return document.getElementById(prefix + link) ?? document.getElementById(link);
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  }

  const dropdowns = new Map();

  /** icimsSearchDropdown: draws the widget for one select and keeps its state. */
  function dropdown(select) {
    const search = select.getAttribute('icimsdropdown-search') === '1';
    const id = select.id;
    const label = document.getElementById(`label_${id}`);
    const anchor = document.createElement('a');
    anchor.id = `${id}_icimsDropdown`;
    anchor.className = 'dropdown-select';
    anchor.setAttribute('aria-expanded', 'false');
    anchor.setAttribute('tabindex', '0');
    anchor.setAttribute('role', 'combobox');
    if (select.getAttribute('i_required')) anchor.setAttribute('aria-required', 'true');
    if (id.includes('PersonProfileFields.AddressCountry')) anchor.setAttribute('autocomplete', 'country-name');
    if (id.includes('PersonProfileFields.AddressState')) anchor.setAttribute('autocomplete', 'address-level1');
    const shown = document.createElement('span');
    shown.id = `${id}_fakeSelected_icimsDropdown`;
    shown.className = 'dropdown-text';
    anchor.appendChild(shown);
    anchor.insertAdjacentHTML('beforeend', '<div class="dropdown-arrow-container"><i class="dropdown-arrow"></i></div>');
    const container = document.createElement('div');
    container.id = `${id}_icimsDropdown_ctnr`;
    container.className = 'dropdown-container dropdown-invisible';
    container.setAttribute('aria-owns', `${id}_dropdown-results`);
    container.setAttribute('aria-expanded', 'false');
    const box = document.createElement('input');
    box.type = 'text';
    box.className = 'dropdown-search';
    box.setAttribute('autocomplete', 'off');
    box.placeholder = SEARCH_TEXT;
    box.title = SEARCH_TEXT;
    box.setAttribute('aria-label', SEARCH_TEXT);
    if (search) {
      box.setAttribute('aria-autocomplete', 'list');
      box.setAttribute('aria-controls', `${id}_dropdown-results`);
    } else {
      box.className += ' dropdown-invisible';
      box.setAttribute('aria-hidden', 'true');
    }
    container.appendChild(box);
    const live = document.createElement('div');
    live.setAttribute('aria-live', 'polite');
    const list = document.createElement('ul');
    list.id = `${id}_dropdown-results`;
    list.className = 'dropdown-results';
    list.setAttribute('role', 'listbox');
    list.style.maxHeight = '24em';
    live.appendChild(list);
    live.insertAdjacentHTML('beforeend', `<div class="dropdown-loading hide"></div><div style="overflow: hidden; display: block; width:0;height:0;" role="status" id="result-summary_${id}"></div>`);
    container.appendChild(live);
    select.after(anchor, container);
    select.classList.add('dropdown-hide');

    const state = { open: false, loaded: [], total: 0, page: 0, query: '', timer: 0, request: 0, loading: false };

    function placeholderText() {
      return parentOf(select) && (select.value === '-999' || !select.value) ? (parentOf(select).value ? PLACEHOLDER : 'Please select a country') : PLACEHOLDER;
    }

    function showSelected() {
      const option = select.options[select.selectedIndex];
      const chosen = option && option.value && option.value !== '-999' ? option.text : '';
      shown.innerHTML = chosen ? escapeHtml(chosen) : `<span class="dropdown-placeholder">${escapeHtml(placeholderText())}</span>`;
      const question = label ? label.textContent : '';
      anchor.setAttribute('aria-label', `${question} ${chosen || placeholderText()}`);
    }

    function item(index, text) {
      const bold = state.query && index >= 0 ? escapeHtml(text).replace(new RegExp(`(${state.query.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&')})`, 'gi'), '<b>$1</b>') : escapeHtml(text);
      return `<li id="result-selectable_${id}_${index}" class="dropdown-result result-selectable" role="option" dropdown-index="${index}" title="${escapeHtml(text)}" aria-label="${escapeHtml(text)}">${index < 0 ? `<span class="dropdown-placeholder">${PLACEHOLDER}</span>` : bold}</li>`;
    }

    /** Asks the server for one page of results to the current search. */
    function loadPage() {
      if (state.loading || (state.page > 0 && state.loaded.length >= state.total)) return;
      state.loading = true;
      const request = ++state.request;
      const query = state.query.toUpperCase();
      setTimeout(() => {
        if (request !== state.request) return;
        const matches = listFor(select).filter(([, text]) => text.toUpperCase().includes(query));
        const page = matches.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
        state.total = matches.length;
        const start = state.loaded.length;
        state.loaded.push(...page);
        state.page += 1;
        state.loading = false;
        if (state.loaded.length === 0) {
          list.insertAdjacentHTML('beforeend', `<li id="result-selectable_${id}_-1" class="dropdown-result result-unselectable" role="presentation" dropdown-index="-1" title="No Results" aria-label="No Results">No Results</li>`);
        } else {
          list.insertAdjacentHTML('beforeend', page.map(([, text], i) => item(start + i, text)).join(''));
        }
        document.getElementById(`result-summary_${id}`).textContent = `${state.loaded.length + 1} result${state.loaded.length ? 's' : ''} available. Use down and up arrow keys to navigate.`;
      }, SERVER_LATENCY_MS);
    }

    /** A new search (or the first opening): the list starts again from the placeholder. */
    function reset() {
      state.request += 1;
      state.loading = false;
      state.loaded = [];
      state.page = 0;
      state.total = 0;
      list.innerHTML = item(-1, PLACEHOLDER);
      loadPage();
    }

    function expand() {
      state.open = true;
      anchor.classList.add('focus');
      container.classList.remove('dropdown-invisible');
      container.setAttribute('aria-expanded', 'true');
      anchor.setAttribute('aria-expanded', 'true');
      if (search) box.focus();
    }

    function collapse() {
      state.open = false;
      anchor.classList.remove('focus');
      container.classList.add('dropdown-invisible');
      container.setAttribute('aria-expanded', 'false');
      anchor.setAttribute('aria-expanded', 'false');
      if (search) box.blur();
    }

    /** optionSelected: what a pick commits. */
    function pick(index) {
      const [value, text] = index < 0 ? ['', ''] : state.loaded[index];
      select.options.length = 0;
      const option = document.createElement('option');
      option.value = value;
      option.setAttribute('selected', 'selected');
      option.text = text;
      select.appendChild(option);
      select.selectedIndex = 0;
      showSelected();
      collapse();
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }

    document.addEventListener('mousedown', (event) => {
      const target = event.target;
      if (target === anchor || anchor.contains(target)) {
        if (!state.opened) {
          state.opened = true;
          reset();
        }
        if (state.open) collapse();
        else expand();
        anchor.focus();
        if (search && state.open) box.focus();
        event.preventDefault();
        event.stopPropagation();
      } else if (state.open && !container.contains(target)) {
        collapse();
      }
    });
    list.addEventListener('click', (event) => {
      const result = event.target.closest('.result-selectable');
      if (result) pick(Number(result.getAttribute('dropdown-index')));
      event.stopPropagation();
    });
    list.addEventListener('scroll', () => {
      if (list.offsetHeight + list.scrollTop + list.scrollHeight * 0.25 >= list.scrollHeight) loadPage();
    });
    box.addEventListener('keyup', () => {
      const query = box.value.trim();
      if (query === state.query) return;
      state.query = query;
      clearTimeout(state.timer);
      state.timer = setTimeout(reset, SEARCH_DEBOUNCE_MS);
    });
    box.addEventListener('click', (event) => event.stopPropagation());

    const api = {
      showSelected,
      /** The parent changed: back to its placeholder, the list to load again on the next opening. */
      parentChanged() {
        select.options.length = 0;
        select.insertAdjacentHTML('beforeend', '<option value="-999" selected="selected">Please select a country</option>');
        state.opened = false;
        list.innerHTML = '';
        showSelected();
      },
    };
    dropdowns.set(id, api);
    showSelected();
    return api;
  }

  window.icimsChangeParent = function (parentId, childId) {
    dropdowns.get(childId)?.parentChanged();
  };
  window.icims_setFileFieldValue = function (base, value) {
    document.getElementById(`${base}_FileName`).value = value.split(/[\\/]/).pop();
    document.getElementById(base).value = 'true';
  };
  window.toggleDeleteImageCF = function () {};
  window.SourceChange = function () {};
  window.icimsDisableSaveAndSubmitButtons = function () {};

  /**
   * The server's answer to a resume upload (guessed values, see SOURCES.md): the whole form again,
   * with what it read from the file written in as the page's own values (value attributes and
   * selected options, as a server renders them), and the file on record instead of the upload buttons.
   */
  function renderParse(posted) {
    const resume = posted && posted.files['PortalProfileFields.Resume_File'];
    if (!resume || !/[?&]uploadResume=1(&|$)/.test(location.search)) return;
    const base = 'PortalProfileFields.Resume';
    document.getElementById(base).setAttribute('value', 'true');
    document.getElementById(`${base}_FileName`).setAttribute('value', resume.name);
    const label = document.getElementById(`${base}_FileNameLabel`);
    label.firstElementChild.textContent = resume.name;
    label.classList.remove('iCIMS_NoDisplay');
    document.getElementById(`${base}_DeleteButtonSpan`).classList.remove('iCIMS_NoDisplay');
    document.getElementById(`${base}_UploadButtons`).classList.add('iCIMS_NoDisplay');
    const parsed = {
      'PersonProfileFields.FirstName': 'Jordan',
      'PersonProfileFields.LastName': 'Rivera',
      'PersonProfileFields.Email': 'jordan.rivera@example.com',
      '-1_PersonProfileFields.PhoneNumber': '555-014-2367',
      '-1_PersonProfileFields.AddressStreet1': '123 Example Street Apt 4B',
      '-1_PersonProfileFields.AddressCity': 'New York',
      '-1_PersonProfileFields.AddressZip': '10001',
      '-1_CandProfileFields.OtherSchool': 'Columbia University',
      '-1_CandProfileFields.EducationStartDate_Year': '2015',
      '-1_PersonProfileFields.rcf3212': 'Meta Platforms, Inc.',
      '-1_PersonProfileFields.rcf3216': 'New York',
      '-1_PersonProfileFields.rcf3213': 'Senior Software Engineer',
      '-1_PersonProfileFields.rcf3214_Year': '2019',
    };
    for (const [name, value] of Object.entries(parsed)) document.getElementById(name).setAttribute('value', value);
    document.getElementById('-1_PersonProfileFields.rcf3214_Month').querySelector('option[value="06"]').setAttribute('selected', 'selected');
    document.getElementById('-1_CandProfileFields.IsGraduated').querySelector('option[value="20466"]').setAttribute('selected', 'selected');
    document.getElementById('-1_PersonProfileFields.rcf3219').textContent = 'Reels feed delivery infrastructure';
    const country = document.getElementById('-1_PersonProfileFields.AddressCountry');
    country.innerHTML = '<option value="US" selected="selected">United States</option>';
    country.setAttribute('icimsdropdown-selected', 'US');
    const state = document.getElementById('-1_PersonProfileFields.AddressState');
    state.setAttribute('icimsdropdown-selected', '');
  }

  function controlState(el) {
    if (el.type === 'file') return Array.from(el.files, (f) => ({ name: f.name, size: f.size, type: f.type }));
    if (el.type === 'checkbox' || el.type === 'radio') return el.checked;
    return el.value;
  }

  window.__posted = window.__posted ?? null;
  window.__state = function () {
    const state = {};
    for (const el of document.querySelectorAll('#profileForm input:not([type="hidden"]):not([type="submit"]):not(.dropdown-search), #profileForm select, #profileForm textarea')) {
      state[el.name] = controlState(el);
    }
    for (const [id] of dropdowns) state[`${id} (shown)`] = document.getElementById(`${id}_fakeSelected_icimsDropdown`).textContent.trim();
    state['resume on file'] = document.getElementById('PortalProfileFields.Resume_FileName').value;
    return state;
  };

  renderParse(window.__posted);
  document.querySelectorAll('select[icimsdropdown-enabled="1"]').forEach(dropdown);
  // A child of a country already chosen offers that country's list.
  function postHeight() {
    if (window.parent !== window) window.parent.postMessage(JSON.stringify({ height: document.body.scrollHeight + 40 }), '*');
  }
  window.addEventListener('load', postHeight);
  new ResizeObserver(postHeight).observe(document.body);
})();
