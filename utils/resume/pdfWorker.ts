/**
 * The pdf.js worker as a file inside the extension: Vite copies it into the build and gives its
 * packaged URL, so reading a PDF never fetches code from the network. Extension pages pass this as
 * `pdfWorkerSrc` to extractText; it must come from the same pdf.js build that extract.ts loads.
 */
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export const PDF_WORKER_URL: string = pdfWorkerUrl;
