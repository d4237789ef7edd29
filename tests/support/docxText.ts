/**
 * The text of a .docx as python-docx (Debian's python3-docx, a second client) reads it: every paragraph and every
 * table row in document order, nested tables included, one line each (a row's cells joined by " | ").
 */
import { python } from './external';

const READER = `
import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn

def walk(parent, element, out):
    for child in element.iterchildren():
        if child.tag == qn('w:p'):
            out.append(Paragraph(child, parent).text)
        elif child.tag == qn('w:tbl'):
            for row in Table(child, parent).rows:
                seen, cells = set(), []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    inner = []
                    walk(cell, cell._tc, inner)
                    cells.append(' / '.join(t for t in inner if t))
                out.append(' | '.join(cells))

d = docx.Document(sys.argv[1])
lines = []
walk(d, d.element.body, lines)
sys.stdout.write('\\n'.join(lines))
`;

/** The document's text, one paragraph or table row per line. */
export function docxText(file: string): string {
  return python(READER, [file]);
}
