"""Reads .xlsx files with openpyxl (the second reader of the differential test) and prints, as one JSON document,
every sheet (name, state, merged ranges) and every cell that holds a value: its address, what kind of value
openpyxl made of it, the value, and its number format. Cached values of formulas are read (data_only=True), as
our reader does. Usage: dump.py FILE... (a file openpyxl cannot read is reported with its error).
"""
import datetime
import json
import sys
import warnings

import openpyxl


def value_of(cell):
    v = cell.value
    if cell.data_type == 'e':
        return 'e', str(v)
    if isinstance(v, bool):
        return 'b', v
    if isinstance(v, (int, float)):
        return 'n', v
    if isinstance(v, datetime.datetime):
        return 'datetime', v.isoformat()
    if isinstance(v, datetime.date):
        return 'date', v.isoformat()
    if isinstance(v, datetime.time):
        return 'time', v.isoformat()
    if isinstance(v, datetime.timedelta):
        return 'timedelta', v.total_seconds()
    return 's', str(v)


def dump(path):
    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as e:  # the differential test records what openpyxl could not read
        return {'ok': False, 'error': f'{type(e).__name__}: {e}'[:300]}
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for (row, col), cell in sorted(getattr(ws, '_cells', {}).items()):
            if cell.value is None:
                continue
            kind, value = value_of(cell)
            cells.append([cell.coordinate, kind, value, cell.number_format])
        sheets.append({
            'name': ws.title,
            'state': ws.sheet_state,
            'merges': sorted(str(r) for r in getattr(ws, 'merged_cells', None).ranges) if hasattr(ws, 'merged_cells') else [],
            'cells': cells,
        })
    return {'ok': True, 'epoch1904': wb.epoch.year == 1904, 'sheets': sheets}


# openpyxl warns (and reads "#VALUE!") for a serial past 9999 in a date format; the test compares what it returns.
warnings.simplefilter('ignore')
json.dump({path: dump(path) for path in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
