import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EMPTY_PASTE, MAX_PDF_PAGES, NO_PDF_TEXT, PDF_PASSWORD, extractText, pdfError, readPastedText } from './extract';
import { parseResumeText } from './parse';
import { resumePdfBytes, type PdfLine } from './testPdf';
import { testZip } from './testZip';

/** Lines of a one-page resume; a second string is drawn right-aligned on the same baseline. */
const RESUME_LINES: readonly PdfLine[] = [
  'Jane Doe',
  'jane.doe@example.com | (555) 010-0199 | Portland, OR',
  'Experience',
  ['Senior Software Engineer', 'Jan 2018 – Present'],
  'Acme Robotics Inc., Portland, OR',
  '• Built the fleet telemetry pipeline.',
  ['Software Engineer', '06/2014 – 12/2017'],
  'Initech LLC, Austin, TX',
  '• Maintained the billing system.',
  'Education',
  ['Oregon State University', '2010 – 2014'],
  'B.S. in Computer Science',
];

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function resumePdf(): Promise<ArrayBuffer> {
  return bufferOf(await resumePdfBytes([RESUME_LINES, ['Skills: Go, Rust, PostgreSQL']]));
}

// A 1×1 grey PNG: a page that is nothing but an image, as a scan is.
const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');

async function scannedPdf(): Promise<ArrayBuffer> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(PIXEL_PNG);
  pdf.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  return bufferOf(await pdf.save());
}

/**
 * A PDF locked with the user password "secret" under the standard security handler (revision 2,
 * 40-bit RC4). Only the /Encrypt dictionary is real: readers check the password against it before
 * decrypting anything, so the page content is left as is.
 */
async function encryptedPdf(): Promise<ArrayBuffer> {
  const padding = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), padding]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const rc4 = (key: Buffer, data: Buffer) => {
    const s = Array.from({ length: 256 }, (_, i) => i);
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + s[i]! + key[i % key.length]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
    }
    const out = Buffer.alloc(data.length);
    for (let n = 0, i = 0, j = 0; n < data.length; n++) {
      i = (i + 1) & 255;
      j = (j + s[i]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
      out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
    }
    return out;
  };
  const permissions = -44;
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const owner = rc4(md5(pad('owner')).subarray(0, 5), pad('secret'));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(pad('secret'), owner, p, id).subarray(0, 5);
  const user = rc4(key, padding);

  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Confidential resume', { x: 72, y: 700, size: 11, font });
  const encrypt = pdf.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: permissions,
    O: PDFHexString.of(owner.toString('hex')),
    U: PDFHexString.of(user.toString('hex')),
  });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id.toString('hex')), PDFHexString.of(id.toString('hex'))]);
  return bufferOf(await pdf.save({ useObjectStreams: false }));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The three parts a .docx needs: content types, the package relationship, and the document. */
async function docx(paragraphs: readonly string[]): Promise<ArrayBuffer> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const runs = (text: string) => text.split('\t').map((part) => `<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`).join('<w:r><w:tab/></w:r>');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p>${runs(p)}</w:p>`).join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'arraybuffer' });
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('extractText from PDF', () => {
  it('rebuilds the lines of every page, with a tab before right-aligned dates', async () => {
    const result = await extractText({ name: 'resume.pdf', type: PDF, bytes: await resumePdf() });
    expect(result).toEqual({
      ok: true,
      text: [
        'Jane Doe',
        'jane.doe@example.com | (555) 010-0199 | Portland, OR',
        'Experience',
        'Senior Software Engineer\tJan 2018 – Present',
        'Acme Robotics Inc., Portland, OR',
        '• Built the fleet telemetry pipeline.',
        'Software Engineer\t06/2014 – 12/2017',
        'Initech LLC, Austin, TX',
        '• Maintained the billing system.',
        'Education',
        'Oregon State University\t2010 – 2014',
        'B.S. in Computer Science',
        'Skills: Go, Rust, PostgreSQL',
      ].join('\n'),
    });
  });

  it('reads end to end into profile data', async () => {
    const result = await extractText({ name: 'resume.pdf', type: PDF, bytes: await resumePdf() });
    if (!result.ok) throw new Error(result.error);
    const parsed = parseResumeText(result.text);
    expect(parsed.personal).toMatchObject({ firstName: 'Jane', lastName: 'Doe', email: 'jane.doe@example.com', city: 'Portland', region: 'OR' });
    expect(parsed.work).toEqual([
      {
        company: 'Acme Robotics Inc.',
        title: 'Senior Software Engineer',
        location: 'Portland, OR',
        startDate: '2018-01',
        endDate: '',
        current: true,
        description: 'Built the fleet telemetry pipeline.',
        companyMissing: false,
        unsure: {},
      },
      {
        company: 'Initech LLC',
        title: 'Software Engineer',
        location: 'Austin, TX',
        startDate: '2014-06',
        endDate: '2017-12',
        current: false,
        description: 'Maintained the billing system.',
        companyMissing: false,
        unsure: {},
      },
    ]);
    expect(parsed.education).toEqual([
      { school: 'Oregon State University', degree: 'B.S.', field: 'Computer Science', startDate: '2010', endDate: '2014', gpa: '', unsure: {} },
    ]);
    expect(parsed.skills).toEqual(['Go', 'Rust', 'PostgreSQL']);
  });

  it('leaves the caller’s bytes usable, to be stored as the resume document', async () => {
    const bytes = await resumePdf();
    await extractText({ name: 'resume.pdf', type: PDF, bytes });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('says a scanned PDF has no text', async () => {
    expect(await extractText({ name: 'scan.pdf', type: PDF, bytes: await scannedPdf() })).toEqual({ ok: false, error: NO_PDF_TEXT });
  });

  it('says a password-protected PDF is locked', async () => {
    expect(await extractText({ name: 'locked.pdf', type: PDF, bytes: await encryptedPdf() })).toEqual({ ok: false, error: PDF_PASSWORD });
  });

  it('says a corrupt PDF is damaged', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF').buffer as ArrayBuffer;
    expect(await extractText({ name: 'broken.pdf', type: PDF, bytes })).toEqual({
      ok: false,
      error: 'broken.pdf could not be read: the file is damaged or is not really a PDF.',
    });
  });

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages before reading them`, async () => {
    const bytes = bufferOf(await resumePdfBytes(Array.from({ length: MAX_PDF_PAGES + 1 }, () => ['Jane Doe'])));
    expect(await extractText({ name: 'thesis.pdf', type: PDF, bytes })).toEqual({
      ok: false,
      error: "thesis.pdf has 21 pages; Applyfill reads resumes of up to 20 pages. Save the resume's own pages as a PDF, or paste the text instead.",
    });
    // The limit comes from the options.
    expect((await extractText({ name: 'thesis.pdf', type: PDF, bytes }, { maxPdfPages: MAX_PDF_PAGES + 1 })).ok).toBe(true);
  });

  it('stops when its signal aborts, and says so', async () => {
    const controller = new AbortController();
    const reading = extractText({ name: 'resume.pdf', type: PDF, bytes: await resumePdf() }, { signal: controller.signal });
    controller.abort();
    expect(await reading).toEqual({ ok: false, error: 'Reading resume.pdf was stopped.' });
  });

  it('maps pdf.js failures by name', () => {
    const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });
    expect(pdfError(named('PasswordException'), 'a.pdf')).toBe(PDF_PASSWORD);
    expect(pdfError(named('InvalidPDFException'), 'a.pdf')).toBe('a.pdf could not be read: the file is damaged or is not really a PDF.');
    expect(pdfError(named('Error', 'worker failed'), 'a.pdf')).toBe('a.pdf could not be read (worker failed).');
  });
});

describe('extractText from Word', () => {
  it('reads a .docx end to end', async () => {
    const bytes = await docx(['Sam Lee', 'sam@example.com', 'Work Experience', 'Data Analyst\t2019 – 2022', 'Contoso Ltd, Seattle, WA', '- Built dashboards.']);
    const result = await extractText({ name: 'resume.docx', type: DOCX, bytes });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.split('\n').filter(Boolean)).toEqual(['Sam Lee', 'sam@example.com', 'Work Experience', 'Data Analyst\t2019 – 2022', 'Contoso Ltd, Seattle, WA', '- Built dashboards.']);
    expect(parseResumeText(result.text).work).toEqual([
      {
        company: 'Contoso Ltd',
        title: 'Data Analyst',
        location: 'Seattle, WA',
        startDate: '2019',
        endDate: '2022',
        current: false,
        description: 'Built dashboards.',
        companyMissing: false,
        unsure: {},
      },
    ]);
  });

  it('finds the file kind from the name when the browser gives no type', async () => {
    expect((await extractText({ name: 'CV.DOCX', type: '', bytes: await docx(['Sam Lee']) })).ok).toBe(true);
  });

  it('says an empty document has no text', async () => {
    expect(await extractText({ name: 'empty.docx', type: DOCX, bytes: await docx([]) })).toEqual({
      ok: false,
      error: 'empty.docx has no text in it. Paste the text instead.',
    });
  });

  it('says a corrupt .docx is damaged', async () => {
    const notZip = new TextEncoder().encode('not a zip at all').buffer as ArrayBuffer;
    const zipWithoutDocument = await new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'arraybuffer' });
    for (const bytes of [notZip, zipWithoutDocument]) {
      expect(await extractText({ name: 'resume.docx', type: DOCX, bytes })).toEqual({
        ok: false,
        error: 'resume.docx could not be read: the file is damaged or is not really a Word document.',
      });
    }
  });

  it('refuses a .docx that would expand past 50 MB, before unpacking it', async () => {
    const bytes = bufferOf(testZip([{ name: 'word/document.xml', data: 'x'.repeat(30_000), declaredSize: Math.round(2.1 * 1024 ** 3) }]));
    expect(await extractText({ name: 'resume.docx', type: DOCX, bytes })).toEqual({
      ok: false,
      error: 'resume.docx would expand to 2.1 GB when opened; Applyfill reads Word files up to 50 MB. Save it as PDF, or paste the text instead.',
    });
  });

  it('refuses a .docx with a part that expands too far', async () => {
    const bytes = bufferOf(testZip([{ name: 'word/document.xml', data: 'x'.repeat(10_000), declaredSize: 20 * 1024 * 1024 }]));
    expect(await extractText({ name: 'resume.docx', type: DOCX, bytes })).toEqual({
      ok: false,
      error: 'resume.docx looks unsafe to open: its part word/document.xml would expand 2,097 times over, and Applyfill allows 100. Save it as PDF, or paste the text instead.',
    });
  });

  it('refuses a .docx of too many parts, with the limits from its options', async () => {
    const bytes = bufferOf(testZip(Array.from({ length: 1200 }, (_, i) => ({ name: `word/part${i}.xml`, data: '<a/>' }))));
    expect(await extractText({ name: 'resume.docx', type: DOCX, bytes })).toEqual({
      ok: false,
      error: 'resume.docx is made of 1,200 parts; a Word document has a few dozen, and Applyfill reads up to 1,000. Save it as PDF, or paste the text instead.',
    });
    // JSZip writes the three parts and two folders.
    const docxLimits = { maxEntries: 2, maxTotalBytes: 1024 * 1024, maxRatio: 100, ratioFromBytes: 1024 };
    expect(await extractText({ name: 'resume.docx', type: DOCX, bytes: await docx(['Sam Lee']) }, { docxLimits })).toEqual({
      ok: false,
      error: 'resume.docx is made of 5 parts; a Word document has a few dozen, and Applyfill reads up to 2. Save it as PDF, or paste the text instead.',
    });
  });

  it('says an encrypted .docx is password-protected', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]).buffer;
    expect(await extractText({ name: 'locked.docx', type: DOCX, bytes })).toEqual({
      ok: false,
      error: 'locked.docx is password-protected. Save a copy without the password, or paste the text instead.',
    });
  });
});

describe('extractText refusals', () => {
  it('refuses a file over 10 MB', async () => {
    const bytes = new ArrayBuffer(50 * 1024 * 1024);
    expect(await extractText({ name: 'resume.pdf', type: PDF, bytes })).toEqual({ ok: false, error: 'resume.pdf is 50.0 MB; the limit is 10 MB' });
  });

  it('refuses an empty file', async () => {
    expect(await extractText({ name: 'resume.pdf', type: PDF, bytes: new ArrayBuffer(0) })).toEqual({ ok: false, error: 'resume.pdf is empty.' });
  });

  it('refuses types it cannot read, and says what to do with an old .doc', async () => {
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    expect(await extractText({ name: 'resume.pages', type: '', bytes })).toEqual({
      ok: false,
      error: "resume.pages can't be read: use a PDF or a Word (.docx) file, or paste the text instead.",
    });
    expect(await extractText({ name: 'resume.doc', type: 'application/msword', bytes })).toEqual({
      ok: false,
      error: "resume.doc is an old Word (.doc) file, which can't be read here. Save it as .docx or PDF, or paste the text instead.",
    });
  });

  it('reads a plain-text file', async () => {
    const bytes = new TextEncoder().encode('Jane Doe\nEngineer').buffer as ArrayBuffer;
    expect(await extractText({ name: 'resume.txt', type: 'text/plain', bytes })).toEqual({ ok: true, text: 'Jane Doe\nEngineer' });
  });
});

describe('readPastedText', () => {
  it('refuses an empty paste', () => {
    expect(readPastedText('')).toEqual({ ok: false, error: EMPTY_PASTE });
    expect(readPastedText('  \n\t ')).toEqual({ ok: false, error: EMPTY_PASTE });
  });

  it('passes text through', () => {
    expect(readPastedText('Jane Doe')).toEqual({ ok: true, text: 'Jane Doe' });
  });
});
