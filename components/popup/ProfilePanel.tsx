import { useProfileDraft } from '@/components/shared/useProfileDraft';
import { FirstRun } from './FirstRun';
import { openOptions } from './openOptions';
import { QuickEdit } from './QuickEdit';

export function ProfilePanel() {
  const editor = useProfileDraft();
  const { state } = editor;
  if (state.status === 'loading') return <p class="muted panel-placeholder">Loading your profile…</p>;
  if (state.status === 'unreadable') {
    return (
      <section class="notice error" role="alert" aria-labelledby="unreadable-title">
        <h2 id="unreadable-title">Your profile cannot be read</h2>
        <p>{state.message}</p>
        <button type="button" onClick={() => void openOptions('import')}>
          Open the editor to import a backup
        </button>
      </section>
    );
  }
  if (!state.hasProfile) return <FirstRun />;
  return <QuickEdit editor={editor} />;
}
