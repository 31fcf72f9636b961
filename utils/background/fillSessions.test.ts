import { describe, expect, it } from 'vitest';
import { profile } from '../core/testing';
import { FILL_SESSION_MS, FillSessions } from './fillSessions';

const SCOPE = { site: 'boards.greenhouse.io', company: 'Acme' };

describe('FillSessions', () => {
  function setup() {
    let reads = 0;
    let clock = 0;
    const sessions = new FillSessions(
      async () => {
        reads++;
        return { profile: profile({ personal: { firstName: `read ${reads}` } }), documents: [], version: String(reads) };
      },
      () => clock,
    );
    return { sessions, reads: () => reads, advance: (ms: number) => (clock += ms) };
  }

  it('reads the store once per fill, not once per pass', async () => {
    const { sessions, reads } = setup();
    await sessions.start('1:0', SCOPE);
    await sessions.current('1:0', SCOPE);
    await sessions.current('1:0', SCOPE);
    expect(reads()).toBe(1);
  });

  it('reads again at the next start, so an edit between fills is seen', async () => {
    const { sessions, reads } = setup();
    await sessions.start('1:0', SCOPE);
    expect((await sessions.start('1:0', SCOPE)).profile.personal.firstName).toBe('read 2');
    expect(reads()).toBe(2);
  });

  it('keeps frames apart and forgets old sessions', async () => {
    const { sessions, reads, advance } = setup();
    await sessions.start('1:0', SCOPE);
    await sessions.current('1:5', SCOPE);
    expect(reads()).toBe(2);
    advance(FILL_SESSION_MS);
    expect((await sessions.current('1:0', SCOPE)).profile.personal.firstName).toBe('read 3');
  });
});
