"""Writes the openpyxl part of the differential test's corpus into the folder given: workbooks with the kinds of
values agencies' files hold, and the edges of each (dates around Excel's 1900 leap-year bug, both date systems,
percent and date formats, text that looks like something else). Usage: corpus.py FOLDER.
"""
import datetime
import os
import sys

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]


def save(wb, name):
    wb.save(os.path.join(out, name))


def numbers_and_text():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Số'
    values = [0, 1, -42, 12.5, 0.1 + 0.2, 1e15, 1.5e-10, 123456789012, 2 ** 53, -0.000123, 4480.9, 20.6]
    for i, v in enumerate(values, start=1):
        ws.cell(row=i, column=1, value=v)
    text = wb.create_sheet('Chữ')
    strings = [
        'Sở Xây dựng', 'Ủy ban nhân dân tỉnh Sơn La', '  khoảng trắng đầu và cuối  ', 'dòng một\ndòng hai',
        'tab\tở giữa', '<&>"\'', '4.480,9', '20,6%', '18/07/2025', 'Đạt', 'x' * 5000, 'Chỉ tiêu ' * 3000,
    ]
    for i, s in enumerate(strings, start=1):
        text.cell(row=i, column=1, value=s)
    looks = text.cell(row=1, column=3, value='=SUM(A1:A2)')
    looks.data_type = 's'  # text that starts with "=", not a formula
    text.cell(row=2, column=3, value=True)
    text.cell(row=3, column=3, value=False)
    err = text.cell(row=4, column=3, value='#DIV/0!')
    err.data_type = 'e'
    err2 = text.cell(row=5, column=3, value='#N/A')
    err2.data_type = 'e'
    text['E1'] = 'Gộp'
    text.merge_cells('E1:G2')
    text['XFD1'] = 'cột cuối'
    text['A1048576'] = 'dòng cuối'
    hidden = wb.create_sheet('Ẩn')
    hidden.sheet_state = 'hidden'
    hidden['B2'] = 'ẩn'
    very = wb.create_sheet('_stamp')
    very.sheet_state = 'veryHidden'
    very['A1'] = 'plan-2025'
    save(wb, 'numbers-text.xlsx')


def date_cells(ws, dates, serials):
    """Python dates in default formats, and raw serials in several date and time formats."""
    for i, d in enumerate(dates, start=1):
        ws.cell(row=i, column=1, value=d)
    formats = ['dd/mm/yyyy', 'yyyy-mm-dd hh:mm:ss', 'h:mm', '[$-42A]dd mmmm yyyy', 'mm-dd-yy', 'd/m/yyyy h:mm']
    for c, fmt in enumerate(formats, start=3):
        for r, serial in enumerate(serials, start=1):
            cell = ws.cell(row=r, column=c, value=serial)
            cell.number_format = fmt


def dates_1900():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Ngày'
    dates = [
        datetime.date(2025, 7, 18), datetime.datetime(2025, 7, 18, 8, 30), datetime.datetime(2025, 7, 17, 23, 59, 59),
        datetime.date(1900, 1, 1), datetime.date(1900, 2, 28), datetime.date(1900, 3, 1), datetime.date(1904, 1, 1),
        datetime.date(9999, 12, 31), datetime.date(2000, 2, 29),
    ]
    serials = [1, 2, 31, 59, 60, 61, 62, 366, 45856, 45856.5, 45856.999999, 2958465, 0.25, 0, -1, 2958466]
    date_cells(ws, dates, serials)
    save(wb, 'dates-1900.xlsx')
    iso = openpyxl.Workbook(iso_dates=True)
    iso.active['A1'] = datetime.datetime(2025, 7, 18)
    iso.active['A2'] = datetime.datetime(2025, 7, 18, 8, 30)
    iso.active['A3'] = datetime.date(1900, 1, 15)
    save(iso, 'dates-iso.xlsx')


def dates_1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = 'Ngày 1904'
    dates = [datetime.date(2025, 7, 18), datetime.datetime(2025, 7, 18, 8, 30), datetime.date(1904, 1, 1),
             datetime.date(1904, 1, 2), datetime.date(1904, 3, 1)]
    serials = [0, 1, 59, 60, 61, 44394, 44394.75, 2957003]
    date_cells(ws, dates, serials)
    save(wb, 'dates-1904.xlsx')


def formats():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Định dạng'
    cases = [
        (0.206, '0.0%'), (0.5, '0%'), (1, '0.00%'), (20.6, '0.0"%"'), (20.6, '0.0\\%'), (45856, '#,##0 "ngày"'),
        (1234.5, '#,##0.00'), (12, '0" ha"'), (3, '[Red]0;[Blue]-0'), (45856, 'General'), (45856, '@'),
        (0.75, '[h]:mm:ss'), (45856, 'd-mmm'), (7, '0.00E+00'),
    ]
    for i, (v, fmt) in enumerate(cases, start=1):
        cell = ws.cell(row=i, column=1, value=v)
        cell.number_format = fmt
    formulas = wb.create_sheet('Công thức')
    formulas['A1'] = 2
    formulas['A2'] = 3
    formulas['A3'] = '=A1*A2'
    formulas['A4'] = '=SUM(A1:A3)'
    formulas['A5'] = '=A1/0'
    formulas['A6'] = '=IF(A1>1,"Đạt","Chưa đạt")'
    formulas['A7'] = '=DATE(2025,7,18)'
    formulas['A7'].number_format = 'dd/mm/yyyy'
    formulas['A8'] = '=A1>1'
    save(wb, 'formats-formulas.xlsx')


def many_cells():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Lớn'
    for r in range(1, 301):
        for c in range(1, 21):
            ws.cell(row=r, column=c, value=(r * 31 + c * 7) % 1000 / 8 if c % 3 else f'ô {r}-{c}')
    save(wb, 'many-cells.xlsx')


os.makedirs(out, exist_ok=True)
numbers_and_text()
dates_1900()
dates_1904()
formats()
many_cells()
