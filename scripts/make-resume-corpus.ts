/**
 * Writes the resume corpus (tests/resumes/<id>.pdf|.docx|.txt and <id>.expected.json) from the
 * definitions in tests/resumes/sources. Each layout imitates a kind of tool people make resumes
 * with: a word processor's PDF export, a LaTeX CV, a design tool's two columns with a sidebar,
 * LinkedIn's "Save to PDF", a European tabular CV, Word files and pasted text. Output is
 * deterministic (fixed dates in the files), so regenerating changes only what the sources changed.
 *
 *   npx tsx scripts/make-resume-corpus.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb, setCharacterSpacing } from 'pdf-lib';
import { CORPUS } from '../tests/resumes/sources/index';
import type { Block, CorpusResume, Format, HeadingStyle } from '../tests/resumes/sources/model';

const OUT = path.resolve(import.meta.dirname, '../tests/resumes');
const FIXED_DATE = new Date('2025-01-15T12:00:00Z');

type PdfFormat = Extract<Format, { type: 'pdf' }>;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

const FONT_FAMILIES = {
  Helvetica: [StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.HelveticaOblique],
  Times: [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold, StandardFonts.TimesRomanItalic],
  Courier: [StandardFonts.Courier, StandardFonts.CourierBold, StandardFonts.CourierOblique],
} as const;

/** Sizes and spacing of one column of text. */
interface Metrics {
  body: number;
  leading: number;
  heading: number;
  name: number;
  /** Where a tabular row's right column starts, from the column's left edge. */
  rowTab: number;
}

/**
 * A column that text flows down, page after page. `pageFor` gives the page a flow writes on when
 * it moves to its n-th page, so that two columns share pages.
 */
class Flow {
  page = 0;
  y: number;
  constructor(
    private readonly doc: { pageAt(n: number): PDFPage; top: number; bottom: number },
    readonly x: number,
    readonly width: number,
    readonly fonts: Fonts,
    readonly metrics: Metrics,
    readonly headingStyle: HeadingStyle,
    readonly layout: string,
    top = doc.top,
  ) {
    this.y = top;
  }

  private get current(): PDFPage {
    return this.doc.pageAt(this.page);
  }

  newPage(): void {
    this.page++;
    this.y = this.doc.top;
  }

  private advance(height: number): void {
    if (this.y - height < this.doc.bottom) this.newPage();
    this.y -= height;
  }

  private text(text: string, x: number, size: number, font: PDFFont, color = rgb(0, 0, 0)): void {
    this.current.drawText(text, { x, y: this.y, size, font, color });
  }

  private wrap(text: string, width: number, size: number, font: PDFFont): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, size) > width) {
        lines.push(current);
        current = word;
      } else {
        current = next;
      }
    }
    if (current) lines.push(current);
    return lines;
  }

  private drawHeading(text: string): void {
    const { heading } = this.metrics;
    const font = this.fonts.bold;
    this.advance(heading * 0.8);
    this.advance(heading + 2);
    const page = this.current;
    switch (this.headingStyle) {
      case 'caps':
        this.text(text.toUpperCase(), this.x, heading, font);
        break;
      case 'title':
        this.text(text, this.x, heading, font);
        break;
      case 'lower':
        this.text(text.toLowerCase(), this.x, heading, this.fonts.regular, rgb(0.2, 0.2, 0.45));
        break;
      case 'tracked': {
        // Word's "expanded" character spacing: one string, drawn with a character spacing operator.
        page.pushOperators(setCharacterSpacing(heading * 0.35));
        this.text(text.toUpperCase(), this.x, heading, font);
        page.pushOperators(setCharacterSpacing(0));
        break;
      }
      case 'letters': {
        // Design tools place every glyph on its own.
        let x = this.x;
        for (const char of text.toUpperCase()) {
          if (char !== ' ') this.text(char, x, heading, font);
          x += font.widthOfTextAtSize(char, heading) + heading * 0.45 + (char === ' ' ? heading * 0.6 : 0);
        }
        break;
      }
      case 'smallcaps': {
        // LaTeX's \textsc: the first letter of each word full size, the rest capitals a size smaller.
        let x = this.x;
        for (const word of text.split(' ')) {
          const first = word.slice(0, 1).toUpperCase();
          const rest = word.slice(1).toUpperCase();
          this.text(first, x, heading, this.fonts.regular);
          x += this.fonts.regular.widthOfTextAtSize(first, heading);
          this.text(rest, x, heading * 0.8, this.fonts.regular);
          x += this.fonts.regular.widthOfTextAtSize(`${rest} `, heading * 0.8);
        }
        break;
      }
    }
    if (this.layout === 'word' || this.layout === 'latex' || this.layout === 'tabular') {
      page.drawLine({ start: { x: this.x, y: this.y - 3 }, end: { x: this.x + this.width, y: this.y - 3 }, thickness: 0.6 });
    }
    this.y -= 4;
  }

  draw(block: Block): void {
    const { body, leading, name, rowTab } = this.metrics;
    const { regular, bold, italic } = this.fonts;
    const styled = (style: string | undefined) => (style === 'bold' ? bold : style === 'italic' ? italic : regular);
    switch (block.kind) {
      case 'name': {
        this.advance(name);
        const width = bold.widthOfTextAtSize(block.text, name);
        const x = this.layout === 'latex' ? this.x + (this.width - width) / 2 : this.x;
        this.text(block.text, x, name, bold);
        this.y -= name * 0.3;
        break;
      }
      case 'heading':
        this.drawHeading(block.text);
        break;
      case 'line': {
        const size = block.style === 'small' ? body * 0.9 : body;
        for (const text of this.wrap(block.text, this.width, size, styled(block.style))) {
          this.advance(leading);
          const width = styled(block.style).widthOfTextAtSize(text, size);
          const x = this.layout === 'latex' && this.page === 0 && this.y > this.doc.top - 120 ? this.x + (this.width - width) / 2 : this.x;
          this.text(text, x, size, styled(block.style), block.style === 'small' ? rgb(0.35, 0.35, 0.35) : undefined);
        }
        break;
      }
      case 'pair': {
        this.advance(leading);
        this.text(block.left, this.x, body, styled(block.style));
        const rightFont = this.layout === 'latex' ? italic : regular;
        this.text(block.right, this.x + this.width - rightFont.widthOfTextAtSize(block.right, body), body, rightFont);
        break;
      }
      case 'row': {
        const lines = this.wrap(block.right, this.width - rowTab, body, styled(block.style));
        lines.forEach((text, i) => {
          this.advance(leading);
          if (i === 0 && block.left) this.text(block.left, this.x, body, regular);
          this.text(text, this.x + rowTab, body, styled(block.style));
        });
        break;
      }
      case 'bullet': {
        const lines = this.wrap(block.text, this.width - 14, body, regular);
        lines.forEach((text, i) => {
          this.advance(leading);
          if (i === 0) this.text('•', this.x + 4, body, regular);
          this.text(text, this.x + 14, body, regular);
        });
        break;
      }
      case 'para':
        for (const text of this.wrap(block.text, this.width, body, regular)) {
          this.advance(leading);
          this.text(text, this.x, body, regular);
        }
        break;
      case 'gap':
        this.y -= leading / 2;
        break;
    }
  }
}

async function loadFonts(pdf: PDFDocument, family: keyof typeof FONT_FAMILIES): Promise<Fonts> {
  const [regular, bold, italic] = await Promise.all(FONT_FAMILIES[family].map((font) => pdf.embedFont(font)));
  return { regular: regular!, bold: bold!, italic: italic! };
}

function pageLabel(format: PdfFormat, n: number, total: number): string {
  switch (format.footer) {
    case 'page-of': {
      const [page, of] = 'pageWord' in format && format.pageWord ? format.pageWord : ['Page', 'of'];
      return `${page} ${n} ${of} ${total}`;
    }
    case 'number':
      return `${n}`;
    case 'fraction':
      return `${n}/${total}`;
    default:
      return '';
  }
}

async function renderPdf(resume: CorpusResume, format: PdfFormat): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const tool = { word: 'Microsoft Word', latex: 'pdfTeX-1.40', tabular: 'LibreOffice Writer', sidebar: 'Canva', linkedin: 'LinkedIn' }[format.layout];
  pdf.setProducer(tool);
  pdf.setCreator(tool);
  const fonts = await loadFonts(pdf, format.font);
  const [width, height] = format.layout === 'tabular' ? [595, 842] : [612, 792];
  const pages: PDFPage[] = [];
  const doc = {
    top: height - 50,
    bottom: 60,
    pageAt(n: number): PDFPage {
      while (pages.length <= n) {
        const page = pdf.addPage([width, height]);
        if (format.layout === 'sidebar') {
          const x = format.side === 'left' ? 0 : width - 205;
          page.drawRectangle({ x, y: 0, width: 205, height, color: rgb(0.93, 0.94, 0.97) });
        }
        pages.push(page);
      }
      return pages[n]!;
    },
  };
  const main: Metrics = { body: 10.5, leading: 14, heading: 12, name: 22, rowTab: 118 };

  if (format.layout === 'sidebar' || format.layout === 'linkedin') {
    const sideX = format.side === 'left' ? 30 : width - 190;
    const mainX = format.side === 'left' ? 222 : 40;
    const linkedin = format.layout === 'linkedin';
    const sideMetrics: Metrics = { body: 9.5, leading: 12.5, heading: linkedin ? 13 : 11, name: 20, rowTab: 60 };
    const mainMetrics: Metrics = { ...main, body: linkedin ? 10.5 : 10, leading: linkedin ? 15 : 13.6, heading: linkedin ? 15.5 : 12.5, name: linkedin ? 26 : 24 };
    const mainStyle: HeadingStyle = linkedin ? 'title' : format.headings;
    const sideFlow = new Flow(doc, sideX, 160, fonts, sideMetrics, format.headings, format.layout);
    const mainFlow = new Flow(doc, mainX, 350, fonts, mainMetrics, mainStyle, format.layout);
    // A design tool writes the text boxes in the order they were made: the sidebar's come first.
    format.sidebar.forEach((block) => sideFlow.draw(block));
    resume.blocks.forEach((block, i) => {
      if (format.pageBreakAt === i) mainFlow.newPage();
      mainFlow.draw(block);
    });
    if (format.footer) {
      pages.forEach((page, i) => {
        const label = pageLabel(format, i + 1, pages.length);
        page.drawText(label, { x: mainX + 175 - fonts.regular.widthOfTextAtSize(label, 9) / 2, y: 28, size: 9, font: fonts.regular, color: rgb(0.4, 0.4, 0.4) });
      });
    }
  } else {
    const metrics: Metrics = format.layout === 'latex' ? { ...main, body: 10.5, heading: 13, name: 24 } : main;
    const flow = new Flow(doc, format.layout === 'tabular' ? 56 : 54, format.layout === 'tabular' ? 483 : 504, fonts, metrics, format.headings, format.layout);
    resume.blocks.forEach((block, i) => {
      if (format.pageBreakAt === i) flow.newPage();
      flow.draw(block);
    });
    pages.forEach((page, i) => {
      if (i > 0 && 'runningHead' in format && format.runningHead) {
        page.drawText(format.runningHead, { x: 54, y: height - 30, size: 8.5, font: fonts.italic, color: rgb(0.4, 0.4, 0.4) });
      }
      const label = pageLabel(format, i + 1, pages.length);
      if (label) page.drawText(label, { x: width / 2 - fonts.regular.widthOfTextAtSize(label, 9) / 2, y: 30, size: 9, font: fonts.regular });
    });
  }
  return pdf.save({ useObjectStreams: false });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraphXml(block: Block): string {
  const tab = '<w:r><w:tab/></w:r>';
  switch (block.kind) {
    case 'name':
      return `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run(block.text, true)}</w:p>`;
    case 'heading':
      return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(block.text, true)}</w:p>`;
    case 'line':
    case 'para':
      return `<w:p>${run(block.text, block.kind === 'line' && block.style === 'bold')}</w:p>`;
    case 'pair':
    case 'row':
      return `<w:p>${run(block.left, block.kind === 'pair' && block.style === 'bold')}${tab}${run(block.right, block.kind === 'row' && block.style === 'bold')}</w:p>`;
    case 'bullet':
      return `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>${run(`• ${block.text}`)}</w:p>`;
    case 'gap':
      return '<w:p/>';
  }
}

async function renderDocx(resume: CorpusResume, format: Extract<Format, { type: 'docx' }>): Promise<Uint8Array> {
  const main = resume.blocks.map(paragraphXml).join('');
  // A two-column template is a one-row table: the sidebar's cell, then the main one.
  const body = format.sidebar
    ? `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tr><w:tc>${format.sidebar.map(paragraphXml).join('')}</w:tc><w:tc>${main}</w:tc></w:tr></w:tbl><w:p/>`
    : main;
  const zip = new JSZip();
  // Folders JSZip would add on its own would carry the time of the run.
  const options = { date: FIXED_DATE, createFolders: false };
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    options,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    options,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    options,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function textLine(block: Block, separator: string): string {
  switch (block.kind) {
    case 'name':
    case 'heading':
    case 'line':
    case 'para':
      return block.text;
    case 'pair':
    case 'row':
      return block.left ? `${block.left}${separator}${block.right}` : block.right;
    case 'bullet':
      return `• ${block.text}`;
    case 'gap':
      return '';
  }
}

function renderText(resume: CorpusResume, separator: string): string {
  return `${resume.blocks.map((block) => textLine(block, separator)).join('\n')}\n`;
}

async function write(resume: CorpusResume): Promise<string> {
  const { format } = resume;
  let file: string;
  if (format.type === 'pdf') {
    file = `${resume.id}.pdf`;
    writeFileSync(path.join(OUT, file), await renderPdf(resume, format));
  } else if (format.type === 'docx') {
    file = `${resume.id}.docx`;
    writeFileSync(path.join(OUT, file), await renderDocx(resume, format));
  } else {
    file = `${resume.id}.txt`;
    writeFileSync(path.join(OUT, file), renderText(resume, format.pair));
  }
  writeFileSync(path.join(OUT, `${resume.id}.expected.json`), `${JSON.stringify(resume.truth, null, 2)}\n`);
  return file;
}

const ids = new Set<string>();
for (const resume of CORPUS) {
  if (ids.has(resume.id)) throw new Error(`Two corpus resumes are called ${resume.id}`);
  ids.add(resume.id);
  console.log(`${await write(resume)}  ${resume.about}`);
}
console.log(`${CORPUS.length} resumes written to ${path.relative(process.cwd(), OUT)}`);
