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
import sys

import openpyxl
from openpyxl.formula.translate import Translator

HEADER_ROW = 4


def column_of(ws, header):
    for cell in ws[HEADER_ROW]:
        if cell.value is not None and str(cell.value).strip() == header:
            return cell.column
    raise SystemExit(f"no column {header!r} in {ws.title}")


def row_of(ws, ident):
    for row in ws.iter_rows(min_row=HEADER_ROW + 1):
        if row[0].value == ident:
            return row[0].row
    raise SystemExit(f"no row {ident!r} in {ws.title}")


def reverse_rows(ws):
    first, last = HEADER_ROW + 1, ws.max_row
    while last > first and all(c.value is None for c in ws[last]):
        last -= 1
    snapshot = [[(c.value, c.coordinate) for c in ws[r]] for r in range(first, last + 1)]
    for offset, cells in enumerate(reversed(snapshot)):
        target = first + offset
        for col, (value, origin) in enumerate(cells, start=1):
            dest = ws.cell(row=target, column=col)
            if isinstance(value, str) and value.startswith("="):
                value = Translator(value, origin=origin).translate_formula(dest.coordinate)
            dest.value = value


def main():
    src, dest, ops = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    wb = openpyxl.load_workbook(src)
    for op in ops:
        kind = op["op"]
        if kind == "set":
            ws = wb[op["sheet"]]
            ws.cell(row=row_of(ws, op["id"]), column=column_of(ws, op["header"])).value = op["value"]
        elif kind == "setText":
            ws = wb[op["sheet"]]
            cell = ws.cell(row=row_of(ws, op["id"]), column=column_of(ws, op["header"]))
            cell.value = op["value"]
            cell.data_type = "s"
        elif kind == "setCell":
            wb[op["sheet"]][op["cell"]].value = op["value"]
        elif kind == "formula":
            ws = wb[op["sheet"]]
            ws.cell(row=row_of(ws, op["id"]), column=column_of(ws, op["header"])).value = op["formula"]
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
            for row in ws.iter_rows(min_row=HEADER_ROW + 1):
                if row[0].value:
                    ws.cell(row=row[0].row, column=status).value = op["status"]
                    ws.cell(row=row[0].row, column=percent).value = op["percent"]
        else:
            raise SystemExit(f"unknown op {kind}")
    wb.save(dest)


main()
