import { describe, expect, it } from 'vitest';
import { describeAttached } from './documentNames';

describe('describeAttached', () => {
  it('names each file the page took by the name the user gave it, and its file name', () => {
    expect(
      describeAttached({
        attached: [
          { role: 'resume', label: 'Data', name: 'Jordan_Data.pdf' },
          { role: 'coverLetter', label: '', name: 'Letter.txt' },
        ],
      }),
    ).toBe('Resume “Data” attached (Jordan_Data.pdf) · Cover letter attached (Letter.txt)');
    expect(describeAttached({ attached: [] })).toBe('');
  });
});
