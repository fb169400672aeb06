"""A small XLSX writer for report tables (openpyxl): bold headers, frozen header
row, sensible column widths, numbers kept as numbers."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

BOLD = Font(bold=True)
MAX_WIDTH = 48


def workbook(title: str, sheets: list[tuple[str, list[list], bool]]) -> bytes:
    """A workbook with a sheet per (name, rows, last row is a total); each sheet's
    first row is its header."""
    book = Workbook()
    book.remove(book.active)
    book.properties.title = title
    book.properties.creator = "OCOP Cao Lãnh"
    for name, rows, total in sheets:
        _sheet(book.create_sheet(name[:31]), rows, total)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet(sheet, rows: list[list], total: bool) -> None:
    widths: dict[int, int] = {}
    for row in rows:
        sheet.append(row)
        for index, value in enumerate(row, 1):
            widths[index] = max(widths.get(index, 8), len(str(value)) + 2)
    for cell in sheet[1]:
        cell.font = BOLD
    if total and sheet.max_row > 1:
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
    sheet.freeze_panes = "A2"
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)
