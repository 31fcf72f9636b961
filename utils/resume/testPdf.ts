import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A line of a resume page; a pair is drawn left and right-aligned on one baseline, as word processors lay out dates. */
export type PdfLine = string | readonly [string, string];

/** A text PDF for tests, one page per list of lines. */
export async function resumePdfBytes(pages: readonly (readonly PdfLine[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    lines.forEach((line, i) => {
      const y = 740 - i * 18;
      const [left, right] = typeof line === 'string' ? [line, ''] : line;
      page.drawText(left, { x: 72, y, size: 11, font });
      if (right) page.drawText(right, { x: 540 - font.widthOfTextAtSize(right, 11), y, size: 11, font });
    });
  }
  return pdf.save();
}
