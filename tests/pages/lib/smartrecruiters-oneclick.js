/*
 * The one-click apply app around the spl-* components (smartrecruiters-spl.js): an Angular app
 * whose components are light DOM (oc-*), holding the form in two wizard steps. Sources and
 * guesses: tests/pages/smartrecruiters/SOURCES.md.
 * - Step 1 ("Personal information"): an avatar uploader first, the personal fields, the city
 *   search, the phone, the resume drop zone, the message to the hiring team, web profiles and the
 *   privacy consent. The resume parse writes the name it read into name fields still empty.
 * - "Next" (spl-button) checks the required fields; the screening questions of step 2 are fetched
 *   and rendered only then, after a spinner.
 * The app keeps what its components emitted in window.__state, keyed by data-test or question
 * id; window.__submitted tells whether anything pressed Submit, window.__nextRefused how often
 * Next was refused.
 */
(function () {
  const PARSE_LATENCY_MS = 800;
  const QUESTIONS_LATENCY_MS = 600;
  const state = (window.__state = {});
  window.__submitted = false;
  window.__nextRefused = 0;

  /** The key a component's value is kept under: its data-test, else its id (screening questions). */
  const keyOf = (host) => host.getAttribute('data-test') || host.id;

  function fileRecord(file) {
    return file ? { name: file.name, size: file.size, type: file.type } : null;
  }

  function bind(root) {
    for (const host of root.querySelectorAll('spl-input, spl-textarea, spl-autocomplete, spl-radio-group')) state[keyOf(host)] = '';
    for (const host of root.querySelectorAll('spl-phone-field')) state[keyOf(host)] = { country: host.getAttribute('country') || 'US', number: '' };
    for (const host of root.querySelectorAll('spl-checkbox')) state[keyOf(host)] = false;
    for (const host of root.querySelectorAll('spl-dropzone')) state[keyOf(host)] = null;
    root.addEventListener('splChange', (event) => {
      const host = event.target;
      state[keyOf(host)] = host.localName === 'spl-dropzone' ? fileRecord(event.detail) : event.detail;
      if (host.localName === 'spl-dropzone') parseResume(event.detail);
    });
  }

  /** The parse reads the name off the resume and writes it where the candidate has written nothing. */
  function parseResume(file) {
    if (!file) return;
    setTimeout(() => {
      const parsed = window.SplResumeParse || {};
      for (const [dataTest, value] of Object.entries(parsed)) {
        const host = document.querySelector(`[data-test="${dataTest}"]`);
        const control = host && host.control;
        if (!control || control.value) continue;
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }, PARSE_LATENCY_MS);
  }

  function startAvatar(form) {
    const input = form.querySelector('.avatar-upload input[type="file"]');
    state.avatar = null;
    form.querySelector('.avatar-upload button').addEventListener('click', () => input.click());
    input.addEventListener('change', () => (state.avatar = fileRecord(input.files && input.files[0])));
  }

  function requiredMissing(step) {
    return Array.from(step.querySelectorAll('spl-input[required], spl-autocomplete[required], spl-textarea[required]')).filter((host) => !String(host.value).trim());
  }

  function startWizard(form) {
    const personal = form.querySelector('[data-step="personal-information"]');
    const questions = form.querySelector('[data-step="questions"]');
    const next = form.querySelector('[data-test="footer-next"]');
    const submit = form.querySelector('[data-test="footer-submit"]');
    next.addEventListener('click', () => {
      const missing = requiredMissing(personal);
      const emails = form.querySelectorAll('[data-test="personal-info-email-input"], [data-test="personal-info-email-confirm-input"]');
      if (missing.length || emails[0].value !== emails[1].value) {
        window.__nextRefused++;
        missing.forEach((host) => host.classList.add('ng-touched'));
        return;
      }
      personal.hidden = true;
      next.hidden = true;
      const spinner = form.querySelector('.questions-loading');
      spinner.hidden = false;
      setTimeout(() => {
        spinner.hidden = true;
        questions.append(document.getElementById('screening-questions').content.cloneNode(true));
        bind(questions);
        questions.hidden = false;
        submit.hidden = false;
      }, QUESTIONS_LATENCY_MS);
    });
    submit.addEventListener('click', () => (window.__submitted = true));
  }

  window.SmartRecruitersOneClick = {
    start() {
      const form = document.querySelector('oc-oneclick-form');
      bind(form.querySelector('[data-step="personal-information"]'));
      startAvatar(form);
      startWizard(form);
    },
  };
})();
