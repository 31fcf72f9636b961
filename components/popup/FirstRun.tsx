import { openOptions } from './openOptions';

/** Shown until a profile exists: three ways to make one. */
export function FirstRun() {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Set up your profile</h2>
      <p class="muted">Applyfill fills applications from one profile, kept only in this browser.</p>
      <div class="first-run-actions">
        <button type="button" class="primary" onClick={() => void openOptions()}>
          Create your profile
        </button>
        <button type="button" onClick={() => void openOptions('import')}>
          Import a profile file
        </button>
        <button type="button" onClick={() => void openOptions('resume-import')}>
          Import from your resume
        </button>
      </div>
    </section>
  );
}
