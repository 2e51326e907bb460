"""EXCHANGE.md in XLSX: the input workbook in and out, the result workbook out.

read_input / read_workbook: xlsx_read · write_input: xlsx_write · write_result: xlsx_result
"""

from counsel.exchange.xlsx_read import read_input, read_workbook
from counsel.exchange.xlsx_result import write_result
from counsel.exchange.xlsx_write import write_input

__all__ = ["read_input", "read_workbook", "write_input", "write_result"]
