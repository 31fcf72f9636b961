/*
 * select2 3.5 (single selection) as Greenhouse's classic boards run it, reproduced without jQuery.
 * See tests/pages/greenhouse/SOURCES.md for where each part comes from. What it does:
 * - init: inserts div.select2-container#s2id_<element id> just before the element (a select, or a
 *   hidden input for a remote list), with a.select2-choice > span.select2-chosen, a focus input
 *   input.select2-focusser.select2-offscreen#s2id_autogenN with its own offscreen label, and a hidden
 *   div.select2-drop holding the search box (#s2id_autogenN_search, aria-owns the results list) and
 *   ul.select2-results#select2-results-N (role listbox). The element gets class select2-offscreen
 *   (a clipped 1x1 box), tabindex -1, and a title copied from its label[for], which stays where it
 *   is; the focusser's label gets that label's text.
 * - open: mousedown on a.select2-choice (or ArrowDown/Enter/typing in the focusser); the drop moves
 *   to the end of <body> as #select2-drop.select2-drop-active, behind it a transparent
 *   #select2-drop-mask that closes it when pressed; the search box takes focus.
 * - results: li.select2-result.select2-result-selectable > div.select2-result-label (role option,
 *   id select2-result-label-N), the typed text wrapped in span.select2-match; the first (or the
 *   chosen one on opening) is li.select2-highlighted. "No matches found" when nothing matches.
 * - remote lists (options.search): "Searching…" shows only while no results are shown; older
 *   results stay visible while a query is out, marked by class select2-active on the search box;
 *   an answer to an older query is dropped.
 * - a pick commits on mouseup over a result, or Enter/Tab in the search box: the element's value
 *   changes, a change event is dispatched on it, the drop closes, the chosen text shows.
 * - Escape, or a press on the mask, closes without a pick. A change event on the element from
 *   elsewhere redraws the chosen text from the element (two-way sync).
 */
(function () {
  let uid = 0;
  let mask = null;
  let openSelect = null;
  let liveRegion = null;

  const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  function fromHtml(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild;
  }

  const killEvent = (event) => {
    event.preventDefault();
    event.stopPropagation();
  };

  /** Wraps the typed text in span.select2-match, as select2's markMatch does. */
  function markMatch(text, term) {
    const at = term ? text.toUpperCase().indexOf(term.toUpperCase()) : -1;
    if (at < 0) return escapeHtml(text);
    return `${escapeHtml(text.slice(0, at))}<span class="select2-match">${escapeHtml(text.slice(at, at + term.length))}</span>${escapeHtml(text.slice(at + term.length))}`;
  }

  /**
   * options: { placeholder?, minimumInputLength? (0), search?: (term) => Promise<[{id, text}]>,
   *            quietMillis? (100) }
   */
  function Select2(element, options = {}) {
    const id = ++uid;
    const isSelect = element.tagName === 'SELECT';
    const remote = typeof options.search === 'function';
    const minimumInputLength = options.minimumInputLength || 0;
    const elementLabel = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
    const labelText = elementLabel ? elementLabel.textContent : '';

    const container = fromHtml(
      `<div class="select2-container" id="s2id_${element.id}">` +
        `<a href="javascript:void(0)" class="select2-choice" tabindex="-1">` +
        `<span class="select2-chosen" id="select2-chosen-${id}">&#160;</span><abbr class="select2-search-choice-close"></abbr>` +
        `<span class="select2-arrow" role="presentation"><b role="presentation"></b></span></a>` +
        `<label for="s2id_autogen${id}" class="select2-offscreen"></label>` +
        `<input class="select2-focusser select2-offscreen" type="text" aria-haspopup="true" role="button" aria-labelledby="select2-chosen-${id}" id="s2id_autogen${id}">` +
        `<div class="select2-drop select2-display-none"><div class="select2-search">` +
        `<label for="s2id_autogen${id}_search" class="select2-offscreen"></label>` +
        `<input type="text" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" class="select2-input" role="combobox" aria-expanded="true" aria-autocomplete="list" aria-owns="select2-results-${id}" id="s2id_autogen${id}_search">` +
        `</div><ul class="select2-results" role="listbox" id="select2-results-${id}"></ul></div></div>`,
    );
    const selection = container.querySelector('.select2-choice');
    const chosen = container.querySelector('.select2-chosen');
    const focusser = container.querySelector('.select2-focusser');
    const drop = container.querySelector('.select2-drop');
    const search = drop.querySelector('.select2-input');
    const results = drop.querySelector('.select2-results');
    container.querySelector(`label[for="s2id_autogen${id}"]`).textContent = labelText;
    drop.querySelector(`label[for="s2id_autogen${id}_search"]`).textContent = labelText;

    if (element.getAttribute('style')) container.setAttribute('style', element.getAttribute('style'));
    element.before(container);
    element.classList.add('select2-offscreen');
    element.setAttribute('tabindex', '-1');
    element.setAttribute('title', element.getAttribute('title') || labelText);
    if (!liveRegion) {
      liveRegion = fromHtml('<span role="status" aria-live="polite" class="select2-hidden-accessible"></span>');
      document.body.append(liveRegion);
    }

    /** Remote results seen so far, to redraw a value set from outside. */
    const known = new Map();
    let shown = [];
    let highlighted = -1;
    let querySeq = 0;
    let queryTimer = null;
    let selfChange = false;

    const opened = () => openSelect === api;
    const localData = () => Array.from(element.options, (option) => ({ id: option.value, text: option.text }));

    function current() {
      if (isSelect) {
        const option = element.options[element.selectedIndex];
        return option ? { id: option.value, text: option.text } : null;
      }
      return element.value ? known.get(element.value) || { id: element.value, text: element.value } : null;
    }

    function renderChosen() {
      const data = current();
      const placeholder = options.placeholder && (!data || data.id === '');
      chosen.textContent = placeholder ? options.placeholder : data ? data.text : '\u00a0';
      selection.classList.toggle('select2-default', !!placeholder);
    }

    function highlight(index) {
      const items = results.querySelectorAll('.select2-result-selectable');
      items.forEach((item, i) => item.classList.toggle('select2-highlighted', i === index));
      highlighted = items.length ? index : -1;
      const label = items[index] && items[index].querySelector('.select2-result-label');
      search.setAttribute('aria-activedescendant', label ? label.id : '');
    }

    function populate(items, term, initial) {
      shown = items;
      if (!items.length) {
        results.innerHTML = '<li class="select2-no-results">No matches found</li>';
        highlighted = -1;
        return;
      }
      results.innerHTML = items
        .map(
          (item) =>
            `<li class="select2-results-dept-0 select2-result select2-result-selectable" role="presentation">` +
            `<div class="select2-result-label" id="select2-result-label-${++uid}" role="option">${markMatch(item.text, term)}</div></li>`,
        )
        .join('');
      const chosenIndex = initial ? items.findIndex((item) => current() && item.id === current().id) : -1;
      highlight(chosenIndex >= 0 ? chosenIndex : 0);
      liveRegion.textContent = `${items.length} results are available, use up and down arrow keys to navigate.`;
    }

    function updateResults(initial) {
      const term = search.value;
      if (term.length < minimumInputLength) {
        const n = minimumInputLength - term.length;
        results.innerHTML = `<li class="select2-no-results">Please enter ${n} or more character${n === 1 ? '' : 's'}</li>`;
        shown = [];
        return;
      }
      if (!remote) {
        populate(localData().filter((item) => item.text.toUpperCase().includes(term.toUpperCase())), term, initial);
        return;
      }
      if (!results.querySelector('.select2-result-selectable')) results.innerHTML = '<li class="select2-searching">Searching…</li>';
      search.classList.add('select2-active');
      const seq = ++querySeq;
      clearTimeout(queryTimer);
      queryTimer = setTimeout(() => {
        options.search(term).then((items) => {
          if (seq !== querySeq || !opened()) return;
          search.classList.remove('select2-active');
          items.forEach((item) => known.set(item.id, item));
          populate(items, term, initial);
        });
      }, options.quietMillis ?? 100);
    }

    function open() {
      if (openSelect && openSelect !== api) openSelect.close();
      if (!mask) {
        mask = fromHtml('<div id="select2-drop-mask" class="select2-drop-mask"></div>');
        for (const type of ['mousedown', 'click']) {
          mask.addEventListener(type, (event) => {
            if (openSelect) openSelect.close();
            killEvent(event);
          });
        }
      }
      document.body.append(mask, drop);
      const box = container.getBoundingClientRect();
      drop.style.top = `${box.bottom + window.scrollY}px`;
      drop.style.left = `${box.left + window.scrollX}px`;
      drop.style.width = `${box.width}px`;
      drop.id = 'select2-drop';
      drop.classList.remove('select2-display-none');
      drop.classList.add('select2-drop-active');
      container.classList.add('select2-dropdown-open', 'select2-container-active');
      openSelect = api;
      search.value = focusser.value;
      focusser.value = '';
      focusser.disabled = true;
      search.focus();
      updateResults(true);
    }

    function close() {
      if (!opened()) return;
      openSelect = null;
      querySeq++;
      clearTimeout(queryTimer);
      drop.removeAttribute('id');
      drop.classList.add('select2-display-none');
      drop.classList.remove('select2-drop-active');
      mask.remove();
      container.classList.remove('select2-dropdown-open', 'select2-container-active');
      results.innerHTML = '';
      shown = [];
      search.value = '';
      search.classList.remove('select2-active');
      focusser.disabled = false;
      focusser.focus();
    }

    function pick(index) {
      const item = shown[index];
      if (!item) return;
      if (!isSelect) known.set(item.id, item);
      element.value = item.id;
      close();
      renderChosen();
      selfChange = true;
      element.dispatchEvent(new Event('change', { bubbles: true }));
      selfChange = false;
    }

    selection.addEventListener('mousedown', (event) => {
      if (event.button !== 0) return;
      if (opened()) close();
      else open();
      killEvent(event);
    });
    focusser.addEventListener('keydown', (event) => {
      if (['ArrowDown', 'ArrowUp', 'Enter'].includes(event.key)) {
        open();
        killEvent(event);
      }
    });
    focusser.addEventListener('input', () => {
      if (!opened()) open();
    });
    search.addEventListener('keydown', (event) => {
      const count = results.querySelectorAll('.select2-result-selectable').length;
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp':
          if (count) highlight((highlighted + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
          killEvent(event);
          return;
        case 'Enter':
          pick(highlighted);
          killEvent(event);
          return;
        case 'Tab':
          pick(highlighted);
          return;
        case 'Escape':
          close();
          killEvent(event);
          return;
        default:
      }
    });
    search.addEventListener('input', () => updateResults(false));
    drop.addEventListener('mousedown', () => search.focus());
    for (const type of ['click', 'mouseup', 'mousedown']) drop.addEventListener(type, (event) => event.stopPropagation());
    results.addEventListener('mousemove', (event) => {
      const item = event.target.closest('.select2-result-selectable');
      if (item) highlight(Array.from(results.querySelectorAll('.select2-result-selectable')).indexOf(item));
    });
    results.addEventListener('mouseup', (event) => {
      const item = event.target.closest('.select2-result-selectable');
      if (item) pick(Array.from(results.querySelectorAll('.select2-result-selectable')).indexOf(item));
      else search.focus();
      killEvent(event);
    });
    element.addEventListener('change', () => {
      if (!selfChange) renderChosen();
    });

    const api = { container, open, close };
    renderChosen();
    return api;
  }

  window.Select2 = Select2;
})();
