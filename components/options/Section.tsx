import type { ComponentChildren } from 'preact';

/** One part of the editor: a landmark with its own heading, reachable from the page's contents list. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section id={id} class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        {title}
      </h2>
      {intro ? <p class="muted">{intro}</p> : null}
      {children}
    </section>
  );
}
