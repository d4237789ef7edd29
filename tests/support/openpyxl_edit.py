"""Edits a template the way an agency's spreadsheet program would, with openpyxl (a second real client).

Usage: /usr/bin/python3 openpyxl_edit.py SRC DEST OPS_JSON
ops: {"op": "set", "sheet", "id", "header", "value"}   value typed into the row of that id, column of that header
     {"op": "setCell", "sheet", "cell", "value"}
     {"op": "setText", "sheet", "id", "header", "value"}   text kept as text even if it starts with "=" (like '= in Excel)
     {"op": "formula", "sheet", "id", "header", "formula"} a formula without a saved result (openpyxl never computes)
     {"op": "reverseRows", "sheet"}                          sort data rows in reverse, formulas moved like Excel does
     {"op": "merge", "sheet", "range"}
     {"op": "reportDate", "value": "YYYY-MM-DD"}
     {"op": "allTasks", "status", "percent"}               every task row of the tasks sheet
"""
import datetime
import json
import re
import sys

import openpyxl
from openpyxl.formula.translate import Translator

def header_row(ws):
    """The table's header row: the first whose first cell is "Mã" (row 4 in layouts 1-2, under the form's header
    block in layout 3)."""
    for row in ws.iter_rows(min_row=1, max_row=30, max_col=1):
        if row[0].value is not None and str(row[0].value).strip() == "Mã":
            return row[0].row
    raise SystemExit(f"no header row in {ws.title}")


def column_of(ws, header):
    for cell in ws[header_row(ws)]:
        if cell.value is not None and str(cell.value).strip() == header:
            return cell.column
    raise SystemExit(f"no column {header!r} in {ws.title}")


def row_of(ws, ident):
    for row in ws.iter_rows(min_row=header_row(ws) + 1):
        if row[0].value == ident:
            return row[0].row
    raise SystemExit(f"no row {ident!r} in {ws.title}")


def reverse_rows(ws):
    first, last = header_row(ws) + 1, ws.max_row
    # The data rows end at the last row with an id: the form's signature block below them (merged cells) stays.
    while last > first and ws.cell(row=last, column=1).value is None:
        last -= 1
    snapshot = [[(c.value, c.coordinate) for c in ws[r]] for r in range(first, last + 1)]
    for offset, cells in enumerate(reversed(snapshot)):
        target = first + offset
        for col, (value, origin) in enumerate(cells, start=1):
            dest = ws.cell(row=target, column=col)
            if isinstance(value, str) and value.startswith("="):
                value = Translator(value, origin=origin).translate_formula(dest.coordinate)
            dest.value = value


ACTUAL = "Thực hiện lũy kế đến kỳ"


def cell_of(ws, ident, header):
    """The cell of an id's row and a header's column. "Giá trị N" is a derived indicator's N-th input: a column of
    its own in layouts 1-2; in layout 3 the input is the row "<id>.N" under the indicator, in the actual column."""
    m = re.fullmatch(r"Giá trị (\d+)", header)
    if m and not any(c.value is not None and str(c.value).strip() == header for c in ws[header_row(ws)]):
        return ws.cell(row=row_of(ws, f"{ident}.{m.group(1)}"), column=column_of(ws, ACTUAL))
    return ws.cell(row=row_of(ws, ident), column=column_of(ws, header))


def main():
    src, dest, ops = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    wb = openpyxl.load_workbook(src)
    for op in ops:
        kind = op["op"]
        if kind == "set":
            cell_of(wb[op["sheet"]], op["id"], op["header"]).value = op["value"]
        elif kind == "setText":
            cell = cell_of(wb[op["sheet"]], op["id"], op["header"])
            cell.value = op["value"]
            cell.data_type = "s"
        elif kind == "setCell":
            wb[op["sheet"]][op["cell"]].value = op["value"]
        elif kind == "formula":
            cell_of(wb[op["sheet"]], op["id"], op["header"]).value = op["formula"]
        elif kind == "reverseRows":
            reverse_rows(wb[op["sheet"]])
        elif kind == "merge":
            wb[op["sheet"]].merge_cells(op["range"])
        elif kind == "reportDate":
            ws = wb["Hướng dẫn"]
            for row in ws.iter_rows():
                if row[0].value == "Ngày báo cáo":
                    ws.cell(row=row[0].row, column=2).value = datetime.datetime.strptime(op["value"], "%Y-%m-%d")
        elif kind == "allTasks":
            ws = wb["Nhiệm vụ"]
            status, percent = column_of(ws, "Tình hình thực hiện"), column_of(ws, "% hoàn thành")
            for row in ws.iter_rows(min_row=header_row(ws) + 1):
                if row[0].value:
                    ws.cell(row=row[0].row, column=status).value = op["status"]
                    ws.cell(row=row[0].row, column=percent).value = op["percent"]
        else:
            raise SystemExit(f"unknown op {kind}")
    wb.save(dest)


main()
