import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { testZip } from './testZip';
import { DOCX_LIMITS, checkZip, type ZipLimits } from './zipLimits';

const MEGABYTE = 1024 * 1024;
const GIGABYTE = 1024 * MEGABYTE;
const LIMITS: ZipLimits = { maxEntries: 10, maxTotalBytes: 50 * MEGABYTE, maxRatio: 100, ratioFromBytes: MEGABYTE };

/** The parts of a .docx, as small as they come. */
const DOCX_PARTS = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
  { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships/>' },
  { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document><w:body><w:p/></w:body></w:document>' },
];

describe('checkZip', () => {
  it.each([
    ['a small DOCX-like archive', testZip(DOCX_PARTS)],
    ['the same in ZIP64 records', testZip(DOCX_PARTS, { zip64: true })],
    ['an entry just under the ratio floor, however far it expands', testZip([{ name: 'word/document.xml', data: 'x', declaredSize: MEGABYTE - 1 }])],
    ['an entry at the largest ratio allowed', testZip([{ name: 'word/document.xml', data: 'x'.repeat(20_000), declaredSize: 2_000_000 }])],
    ['a total at the limit', testZip([{ name: 'a.xml', data: 'x'.repeat(MEGABYTE), declaredSize: 25 * MEGABYTE }, { name: 'b.xml', data: 'x'.repeat(MEGABYTE), declaredSize: 25 * MEGABYTE }])],
  ])('passes %s', (_, bytes) => {
    expect(checkZip(bytes, LIMITS)).toBeNull();
  });

  it.each([false, true])('builds archives that JSZip reads back (zip64: %s)', async (zip64) => {
    const zip = await JSZip.loadAsync(testZip(DOCX_PARTS, { zip64 }));
    const parts = await Promise.all(Object.values(zip.files).map(async (file) => ({ name: file.name, data: await file.async('string') })));
    expect(parts).toEqual(DOCX_PARTS);
  });

  it('passes a deflated .docx written by JSZip, with its default limits', async () => {
    const zip = new JSZip();
    for (const { name, data } of DOCX_PARTS) zip.file(name, data);
    zip.file('word/media/photo.png', new Uint8Array(200_000).map((_, i) => (i * 7919) % 251));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(checkZip(bytes, DOCX_LIMITS)).toBeNull();
  });

  it('reads the archive wherever it sits in a larger buffer, after a trailing comment', () => {
    const zip = testZip(DOCX_PARTS);
    const comment = new TextEncoder().encode('written by a test');
    const buffer = new Uint8Array(8 + zip.length + comment.length);
    buffer.set(zip, 8);
    buffer.set(comment, 8 + zip.length);
    // The record's comment length, so the comment belongs to the archive.
    new DataView(buffer.buffer).setUint16(8 + zip.length - 2, comment.length, true);
    // The directory's offset counts from the archive's first byte, which here is the view's.
    expect(checkZip(buffer.subarray(8), LIMITS)).toBeNull();
  });

  it('refuses an archive whose entries claim more than the total limit', () => {
    const declaredSize = Math.round(2.1 * GIGABYTE);
    const bomb = testZip([...DOCX_PARTS, { name: 'word/document2.xml', data: 'x'.repeat(30 * 1024), declaredSize }]);
    const totalBytes = declaredSize + DOCX_PARTS.reduce((sum, { data }) => sum + data.length, 0);
    expect(checkZip(bomb, LIMITS)).toEqual({ reason: 'too-large', totalBytes });
  });

  it('reads sizes over 4 GB from ZIP64 fields', () => {
    const bomb = testZip([{ name: 'word/document.xml', data: 'x'.repeat(1000), declaredSize: 5 * GIGABYTE }], { zip64: true });
    expect(checkZip(bomb, LIMITS)).toEqual({ reason: 'too-large', totalBytes: 5 * GIGABYTE });
  });

  it('refuses one entry that expands past the ratio, even within the total', () => {
    const bomb = testZip([...DOCX_PARTS, { name: 'word/styles.xml', data: 'x'.repeat(20 * 1024), declaredSize: 10 * MEGABYTE }]);
    expect(checkZip(bomb, LIMITS)).toEqual({ reason: 'ratio', name: 'word/styles.xml', ratio: 512 });
  });

  it('refuses an absurd number of entries before reading them', () => {
    const many = testZip(Array.from({ length: 11 }, (_, i) => ({ name: `part${i}.xml`, data: '<a/>' })));
    expect(checkZip(many, LIMITS)).toEqual({ reason: 'too-many-entries', entries: 11 });
  });

  it.each([
    ['an empty buffer', new Uint8Array(0)],
    ['text', new TextEncoder().encode('not a zip at all, just some words that run on for a while')],
    ['an archive cut short', testZip(DOCX_PARTS).subarray(0, 150)],
    ['an archive missing its start', testZip(DOCX_PARTS).subarray(40)],
    ['an entry with data no bytes long that expands', testZip([{ name: 'word/document.xml', data: '', declaredSize: 100 }])],
  ])('calls %s not a ZIP', (_, bytes) => {
    expect(checkZip(bytes, LIMITS)).toEqual({ reason: 'not-zip' });
  });
});
