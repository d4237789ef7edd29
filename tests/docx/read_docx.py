"""Reads a .docx with python-docx (Debian's python3-docx) and prints what the tests check, as JSON.

Sections: orientation, page size and margins in mm, first-page header apart, page-number fields, restart.
Paragraphs and table cells, in document order: text, alignment, indents, bottom border, and each run's font, size,
bold and italic as python-docx reads them. Tables: rows marked to repeat as header, rows that may not split.
"""
import json
import sys

import docx
from docx.oxml.ns import qn

EMU_PER_MM = 36000


def mm(length):
    return None if length is None else round(length / EMU_PER_MM, 2)


def run_info(r):
    fonts = r._element.rPr.find(qn("w:rFonts")) if r._element.rPr is not None else None
    return {
        "text": r.text,
        "font": r.font.name,
        "fontSlots": None if fonts is None else sorted({v for k, v in fonts.attrib.items()}),
        "size": None if r.font.size is None else r.font.size.pt,
        "bold": r.font.bold,
        "italic": r.font.italic,
        "color": None if r.font.color is None or r.font.color.rgb is None else str(r.font.color.rgb),
    }


def paragraph_info(p):
    ppr = p._element.pPr
    border = ppr.find(qn("w:pBdr")) if ppr is not None else None
    ind = ppr.find(qn("w:ind")) if ppr is not None else None
    return {
        "text": p.text,
        "style": p.style.name if p.style is not None else None,
        "alignment": None if p.alignment is None else str(p.alignment),
        "bottomBorder": border is not None and border.find(qn("w:bottom")) is not None,
        "indentLeftTwips": None if ind is None else int(ind.get(qn("w:left"), "0")),
        "indentRightTwips": None if ind is None else int(ind.get(qn("w:right"), "0")),
        "runs": [run_info(r) for r in p.runs],
    }


def header_info(h):
    xml = h._element.xml
    return {"text": "".join(p.text for p in h.paragraphs), "pageField": "PAGE" in xml and "fldChar" in xml}


def section_info(s):
    pg = s._sectPr.find(qn("w:pgNumType"))
    return {
        "orientation": "landscape" if s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE else "portrait",
        "widthMm": mm(s.page_width),
        "heightMm": mm(s.page_height),
        "margins": {"top": mm(s.top_margin), "bottom": mm(s.bottom_margin), "left": mm(s.left_margin), "right": mm(s.right_margin)},
        "differentFirstPage": s.different_first_page_header_footer,
        "header": header_info(s.header),
        "firstPageHeader": header_info(s.first_page_header),
        "restartAt": None if pg is None or pg.get(qn("w:start")) is None else int(pg.get(qn("w:start"))),
    }


def table_info(t):
    rows = []
    for tr in t.rows:
        trpr = tr._tr.trPr
        cells = []
        for tc in tr._tr.tc_lst:
            shd = tc.tcPr.find(qn("w:shd")) if tc.tcPr is not None else None
            cells.append({"span": tc.grid_span, "fill": None if shd is None else shd.get(qn("w:fill"))})
        rows.append({
            "header": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
            "cantSplit": trpr is not None and trpr.find(qn("w:cantSplit")) is not None,
            "cells": cells,
            "texts": [c.text for c in tr.cells],
        })
    grid = [int(c.get(qn("w:w"))) for c in t._tbl.tblGrid.findall(qn("w:gridCol"))]
    return {"rows": rows, "grid": grid}


def main(path):
    d = docx.Document(path)
    paragraphs = [paragraph_info(p) for p in d.paragraphs]
    cells = []
    for t in d.tables:
        for tr in t.rows:
            for c in tr.cells:
                cells.extend(paragraph_info(p) for p in c.paragraphs)
    core = d.core_properties
    print(json.dumps({
        "sections": [section_info(s) for s in d.sections],
        "paragraphs": paragraphs,
        "cellParagraphs": cells,
        "tables": [table_info(t) for t in d.tables],
        "core": {"title": core.title, "author": core.author, "created": core.created.isoformat(), "modified": core.modified.isoformat()},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
