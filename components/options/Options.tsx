import { useEffect, useRef } from 'preact/hooks';
import { FormProvider } from '@/components/shared/Form';
import { SaveStatus } from '@/components/shared/SaveStatus';
import { useProfileDraft } from '@/components/shared/useProfileDraft';
import { ApplicationLogSection } from './ApplicationLogSection';
import { ApplicationSection } from './ApplicationSection';
import { DocumentsSection } from './DocumentsSection';
import { EducationSection } from './EducationSection';
import { EeoSection } from './EeoSection';
import { HiddenSitesSection } from './HiddenSitesSection';
import { ImportExportSection } from './ImportExportSection';
import { LinksSection } from './LinksSection';
import { PersonalSection } from './PersonalSection';
import { ResumeImport } from './ResumeImport';
import { SavedAnswersSection } from './SavedAnswersSection';
import { SkillsLanguagesSection } from './SkillsLanguagesSection';
import { WorkHistorySection } from './WorkHistorySection';

const CONTENTS: ReadonlyArray<[id: string, title: string]> = [
  ['personal', 'Personal'],
  ['links', 'Links'],
  ['work', 'Work history'],
  ['education', 'Education'],
  ['skills', 'Skills and languages'],
  ['application', 'Application answers'],
  ['eeo', 'EEO'],
  ['answers', 'Saved answers'],
  ['documents', 'Documents'],
  ['import', 'Import and export'],
  ['resume-import', 'From your resume'],
  ['sites', 'Hidden sites'],
  ['applications', 'Where you applied'],
];

/** Links from the popup ("options.html#import") land on their section once it has rendered. */
function useHashTarget(ready: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView();
    (target.querySelector<HTMLElement>('h2[tabindex]') ?? target).focus({ preventScroll: true });
  }, [ready]);
}

function Welcome() {
  return (
    <div class="notice welcome">
      <h2>Welcome to Applyfill</h2>
      <p>
        Fill in your profile below: it is saved as you type and never leaves this browser. Or start from a file: <a href="#import">import a profile
        file or a JSON Resume</a>, <a href="#resume-import">read your resume</a>, or try Applyfill with the sample profile.
      </p>
    </div>
  );
}

export function Options() {
  const editor = useProfileDraft();
  const { state } = editor;
  useHashTarget(state.status !== 'loading');

  return (
    <div class="options-page">
      <header class="options-header">
        <h1>Applyfill profile</h1>
        {state.status === 'ready' ? <SaveStatus state={state.save} /> : null}
      </header>
      <nav class="contents" aria-label="Profile sections">
        <ul>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {state.status === 'loading' ? <p class="muted">Loading your profile…</p> : null}
        {state.status === 'unreadable' ? (
          <div class="notice error" role="alert">
            <h2>Your stored profile cannot be read</h2>
            <p>{state.message}</p>
            <p>It is kept as it is. Import a profile file below to replace it.</p>
          </div>
        ) : null}
        {state.status === 'ready' ? (
          <FormProvider value={{ draft: state.draft, errors: state.errors, conflicts: state.conflicts, set: editor.set }}>
            {state.hasProfile ? null : <Welcome />}
            <form class="editor" onSubmit={(event) => event.preventDefault()} aria-label="Profile" noValidate>
              <PersonalSection />
              <LinksSection />
              <WorkHistorySection />
              <EducationSection />
              <SkillsLanguagesSection />
              <ApplicationSection />
              <EeoSection />
              <SavedAnswersSection />
            </form>
            <DocumentsSection />
          </FormProvider>
        ) : null}
        {state.status !== 'loading' ? <ImportExportSection flush={editor.flush} onReplaced={editor.reload} /> : null}
        <section id="resume-import" class="section" aria-labelledby="resume-import-title">
          <ResumeImport flush={editor.flush} onSaved={editor.reload} />
        </section>
        <HiddenSitesSection />
        <ApplicationLogSection />
      </main>
    </div>
  );
}
