import type { Profile } from '@/utils/profile/schema';
import { TextField } from '@/components/shared/Form';
import { ListEditor } from '@/components/shared/ListEditor';
import { Section } from './Section';

type Link = Profile['links']['other'][number];

export function LinksSection() {
  return (
    <Section id="links" title="Links">
      <div class="grid">
        <TextField path="links.linkedin" label="LinkedIn" type="url" placeholder="https://www.linkedin.com/in/…" />
        <TextField path="links.github" label="GitHub" type="url" placeholder="https://github.com/…" />
        <TextField path="links.website" label="Website" type="url" placeholder="https://…" />
        <TextField path="links.twitter" label="Twitter / X" type="url" placeholder="https://x.com/…" />
      </div>
      <h3>Other links</h3>
      <ListEditor<Link> path="links.other" noun="link" nameOf={(link) => link.label} create={() => ({ label: '', url: '' })}>
        {(path) => (
          <div class="grid">
            <TextField path={`${path}.label`} label="Label" placeholder="Portfolio" />
            <TextField path={`${path}.url`} label="Address" type="url" placeholder="https://…" />
          </div>
        )}
      </ListEditor>
    </Section>
  );
}
