/**
 * A PDF report (pdfkit): a title, lines under it (user, period), a table whose header repeats on every page as the
 * rows flow over pages, and closing lines (totals). Rows are drawn as they come and the finished bytes handed on
 * between batches, so a long report streams out in constant memory.
 */
import PDFDocument from 'pdfkit';

export interface Column {
  header: string;
  /** Share of the table width. */
  width: number;
  align?: 'left' | 'right';
}

export interface Report<T> {
  title: string;
  subtitle: string[];
  columns: Column[];
  /** The rows, a page at a time. */
  pages: AsyncIterable<readonly T[]> | Iterable<readonly T[]>;
  cells: (row: T) => string[];
  /** Lines after the table, computed once every row has been drawn. */
  closing: () => string[];
}

const FONT_SIZE = 8;
const ROW_HEIGHT = 13;
const MARGIN = 40;

/** The standard PDF fonts carry Latin-1 only: other characters are shown as ?. */
function latin1(text: string): string {
  return text.replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '?');
}

export async function* pdfReport<T>(report: Report<T>): AsyncGenerator<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: false,
    info: { Title: latin1(report.title), Producer: 'Switchboard' },
  });
  const pending: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => pending.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const total = report.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = report.columns.map((c) => (c.width / total) * width);
  const bottom = () => doc.page.height - MARGIN - ROW_HEIGHT;
  let y = 0;

  /** The text cut to the cell's width, ending in ... when cut: a cell never runs into the next one. */
  const fit = (text: string, room: number): string => {
    if (doc.widthOfString(text) <= room) return text;
    let cut = text;
    while (cut.length && doc.widthOfString(`${cut}...`) > room) cut = cut.slice(0, -1);
    return `${cut}...`;
  };
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const room = widths[i]! - 4;
      doc.text(fit(latin1(cell), room), x + 2, y + 3, {
        width: room,
        lineBreak: false,
        align: report.columns[i]!.align ?? 'left',
      });
      x += widths[i]!;
    });
    y += ROW_HEIGHT;
  };
  const header = () => {
    doc.rect(MARGIN, y, width, ROW_HEIGHT).fill('#e6e6e6').fillColor('black');
    drawRow(
      report.columns.map((c) => c.header),
      true,
    );
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.5)
      .stroke();
  };

  doc.font('Helvetica-Bold').fontSize(16).text(latin1(report.title), MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(10);
  for (const line of report.subtitle) doc.text(latin1(line));
  y = doc.y + 10;
  header();
  let drawn = 0;
  for await (const page of report.pages) {
    for (const row of page) {
      if (y > bottom()) {
        doc.addPage();
        y = MARGIN;
        header();
      }
      drawRow(report.cells(row), false);
      drawn++;
    }
    // The finished bytes go out between pages of rows, so the document is never held whole.
    await new Promise((resolve) => setImmediate(resolve));
    yield* take(pending);
  }
  if (drawn === 0) drawRow(['(none)'], false);
  doc.font('Helvetica').fontSize(10);
  const closing = report.closing();
  if (y + 20 + closing.length * 14 > doc.page.height - MARGIN) {
    doc.addPage();
    y = MARGIN;
  }
  doc.text('', MARGIN, y + 10);
  for (const line of closing) doc.text(latin1(line));
  doc.end();
  await finished;
  yield* take(pending);
}

function* take(pending: Buffer[]): Generator<Uint8Array> {
  while (pending.length) yield pending.shift()!;
}
