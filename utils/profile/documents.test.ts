import { describe, expect, it } from 'vitest';
import {
  base64DecodedSize,
  base64ToBytes,
  blobToBase64,
  bytesToBase64,
  documentMimeType,
  formatBytes,
  isBase64,
  roomProblem,
  toTransferDocument,
  validateDocument,
  withOneDefault,
  withResumeTexts,
} from './documents';
import { MAX_DOCUMENT_BYTES } from './schema';
import { fullProfile, sampleBytes } from './testFixtures';

const MB = 1024 * 1024;

describe('validateDocument', () => {
  it.each([
    ['resume.pdf', ''],
    ['resume.DOC', 'application/octet-stream'],
    ['resume.docx', ''],
    ['notes.txt', 'text/plain'],
    ['letter.rtf', ''],
    ['resume', 'application/pdf'],
  ])('accepts %s (%s)', (name, type) => {
    expect(validateDocument({ name, type, size: 1000 })).toBeNull();
  });

  it('says why a file is refused', () => {
    expect(validateDocument({ name: 'Jordan.png', type: 'image/png', size: 1000 })).toBe(
      'Jordan.png is not a PDF, DOC, DOCX, TXT or RTF file',
    );
    expect(validateDocument({ name: 'resume.pdf', type: 'application/pdf', size: 12.3 * MB })).toBe(
      'resume.pdf is 12.3 MB; the limit is 10 MB',
    );
    expect(validateDocument({ name: 'resume.pdf', type: 'application/pdf', size: 0 })).toBe('resume.pdf is empty');
    expect(validateDocument({ name: '', type: 'application/pdf', size: 10 })).toBe('The file has no name');
    expect(validateDocument({ name: `${'a'.repeat(256)}.pdf`, type: '', size: 10 })).toBe(
      'The file name is longer than 255 characters',
    );
  });

  it('allows exactly 10 MB and not a byte more', () => {
    expect(validateDocument({ name: 'a.pdf', type: '', size: MAX_DOCUMENT_BYTES })).toBeNull();
    expect(validateDocument({ name: 'a.pdf', type: '', size: MAX_DOCUMENT_BYTES + 1 })).toBe(
      'a.pdf is 10.1 MB; the limit is 10 MB',
    );
  });

  it("does not mistake Object.prototype's members for file types", () => {
    expect(documentMimeType('evil.constructor', '')).toBeNull();
    expect(documentMimeType('evil.toString', '')).toBeNull();
  });

  it('stores the type the extension implies when the browser gives none', () => {
    expect(documentMimeType('resume.docx', '')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(documentMimeType('resume.pdf', 'application/pdf')).toBe('application/pdf');
  });
});

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [900, '900 bytes'],
    [120 * 1024, '120 kB'],
    [10 * MB, '10 MB'],
    [12.3 * MB, '12.3 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('base64', () => {
  it('matches the standard encoding for every byte value and length', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = sampleBytes(length * 5);
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64DecodedSize(encoded)).toBe(bytes.length);
      expect(base64ToBytes(encoded)).toEqual(bytes);
    }
  });

  it('encodes and decodes 10 MB without overflowing the stack', () => {
    const bytes = sampleBytes(MAX_DOCUMENT_BYTES);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is strict about what it accepts', () => {
    expect(isBase64('QUJD')).toBe(true);
    expect(isBase64('QUI=')).toBe(true);
    for (const invalid of ['QUJ', 'QU JD', 'QUJD\n', 'QU=D', 'QUJD===', 'QUJ*', 'QUI==']) {
      expect(isBase64(invalid), invalid).toBe(false);
    }
    expect(() => base64ToBytes('QU JD')).toThrow('not valid base64');
  });

  it('turns a Blob into base64, and base64 into bytes', async () => {
    const bytes = sampleBytes(100_000);
    const encoded = await blobToBase64(new Blob([bytes]));
    expect(base64ToBytes(encoded)).toEqual(bytes);
  });

  it('turns a stored document into one that can cross a message boundary and back, without what the user says of it', async () => {
    const bytes = sampleBytes(5000);
    const stored = {
      id: 'r1',
      label: 'Data',
      isDefault: true,
      headline: 'Data engineer',
      summary: 'Pipelines.',
      role: 'resume' as const,
      name: 'cv.pdf',
      type: 'application/pdf',
      size: bytes.length,
      blob: new Blob([bytes], { type: 'application/pdf' }),
      addedAt: '2026-11-27T12:00:00.000Z',
    };
    const transfer = await toTransferDocument(stored);
    expect(transfer).toEqual({ role: 'resume', name: 'cv.pdf', type: 'application/pdf', size: 5000, base64: bytesToBase64(bytes) });
    expect(base64ToBytes(JSON.parse(JSON.stringify(transfer)).base64)).toEqual(bytes);
  });

  it('refuses one more document than a kind may hold, or more bytes than all documents together may take', () => {
    const MB = 1024 * 1024;
    const resumes = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, role: 'resume' as const, size: MB }));
    expect(roomProblem('resume', 1, resumes)).toBe('Applyfill keeps at most 10 documents of each kind: remove one first');
    expect(roomProblem('coverLetter', 1, resumes)).toBeNull();
    // Replacing a file adds no document.
    expect(roomProblem('resume', 2 * MB, resumes, 'r0')).toBeNull();
    const large = [9, 9, 9, 9].map((size, i) => ({ id: `l${i}`, role: 'coverLetter' as const, size: size * MB }));
    expect(roomProblem('resume', 5 * MB, large)).toBe('Your documents together would be 41 MB; the limit is 40 MB: remove one first');
    expect(roomProblem('resume', 4 * MB, large)).toBeNull();
  });

  it('keeps one default per role: the first marked, else the first', () => {
    const documents = [
      { id: 'a', role: 'resume' as const, isDefault: false },
      { id: 'b', role: 'resume' as const, isDefault: true },
      { id: 'c', role: 'resume' as const, isDefault: true },
      { id: 'd', role: 'coverLetter' as const, isDefault: false },
    ];
    expect(withOneDefault(documents).map(({ id, isDefault }) => `${id}${isDefault ? '*' : ''}`)).toEqual(['a', 'b*', 'c', 'd*']);
  });

  it("answers from the attached resume's own headline and summary, the profile's where it has none", () => {
    const profile = fullProfile();
    expect(withResumeTexts(profile, { headline: 'Data engineer', summary: '' }).personal).toEqual({ ...profile.personal, headline: 'Data engineer' });
    expect(withResumeTexts(profile, { headline: ' ', summary: '' })).toBe(profile);
    expect(withResumeTexts(profile, undefined)).toBe(profile);
  });
});
