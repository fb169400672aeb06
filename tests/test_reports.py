"""The plan's six-monthly and annual reports: periods, CLI and officer downloads.

Expected figures are hand-counted from the known set of tests/test_programme.py.
"""

import csv
import io
import json
from datetime import date

import pytest
from openpyxl import load_workbook

from catalogue.programme.periods import PeriodError, parse_period
from tests.test_programme import build_known_set, login, table

BOTH_BACKENDS = True

# 2025H1 (1 Jan – 30 Jun 2025), hand-counted per commune:
# registered, new in period, has registered, evaluated, newly certified,
# 3★, 4★, 5★, certified, expired, revoked
H1_ROWS = {
    "Xã A": [4, 0, 1, 1, 1, 1, 1, 1, 3, 0, 0],
    "Xã B": [4, 1, 1, 0, 0, 1, 0, 0, 1, 1, 1],
    "Xã C": [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    "Xã D": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "Xã E": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
}
H1_TOTAL = [9, 1, 3, 1, 1, 2, 1, 1, 4, 1, 1]


@pytest.fixture
def known(app_factory):
    app = app_factory(demo=False)
    build_known_set(app)
    return app


def csv_blocks(data: bytes) -> list[list[list[str]]]:
    """A report CSV split into its blocks (separated by empty lines)."""
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for spreadsheet programs"
    blocks, current = [], []
    for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))):
        if row:
            current.append(row)
        else:
            blocks.append(current)
            current = []
    return [*blocks, current]


# --- periods ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, start, end, due",
    [
        ("2025H1", date(2025, 1, 1), date(2025, 6, 30), date(2025, 5, 5)),
        ("2025h2", date(2025, 7, 1), date(2025, 12, 31), date(2025, 11, 5)),
        (" 2025 ", date(2025, 1, 1), date(2025, 12, 31), date(2025, 11, 5)),
    ],
)
def test_periods_and_their_due_dates(app, text, start, end, due):
    with app.test_request_context():
        period = parse_period(text)
    assert (period.starts_on, period.ends_on, period.due_on) == (start, end, due)


def test_plan_period_code_is_a_report_period(app):
    with app.test_request_context():
        period = parse_period("2021-2025")
    assert (period.starts_on, period.ends_on) == (date(2021, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("text", ["2025H3", "abc", "", "1899", "25H1", "2025-H1"])
def test_bad_periods_are_refused(app, text):
    with app.test_request_context("/?lang=en"), pytest.raises(PeriodError):
        parse_period(text)


def test_report_before_the_period_ends_counts_to_that_day(app):
    with app.test_request_context():
        period = parse_period("2025H1")
    assert period.as_of(date(2025, 5, 5)) == date(2025, 5, 5)
    assert period.as_of(date(2026, 1, 1)) == date(2025, 6, 30)


# --- command line ----------------------------------------------------------------


def test_cli_csv_report_matches_hand_counts(known):
    result = known.test_cli_runner().invoke(
        args=["report", "programme", "--period", "2025H1", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    communes, targets, about = csv_blocks(result.stdout_bytes)
    assert communes[0][:3] == ["Mã xã", "Xã, thị trấn", "Sản phẩm đăng ký (lũy kế)"]
    by_name = {row[1]: [int(v) for v in row[2:]] for row in communes[1:-1]}
    assert by_name == H1_ROWS
    assert communes[-1][1] == "Tổng cộng"
    assert [int(v) for v in communes[-1][2:]] == H1_TOTAL
    assert targets[0][:4] == [
        "Chỉ tiêu",
        "Kế hoạch",
        "Đạt được",
        "Tỷ lệ đạt (phần trăm)",
    ]
    assert [row[1:4] for row in targets[1:]] == [
        ["2", "1", "50"],
        ["4", "4", "100"],
        ["1", "1", "100"],
        ["5", "3", "60"],
        ["10", "9", "90"],
    ]
    facts = dict(about)
    assert facts["Hạn nộp"] == "2025-05-05"
    assert facts["Số liệu tính đến ngày"] == "2025-06-30"


def test_cli_annual_report_in_english_json(known):
    result = known.test_cli_runner().invoke(
        args=["report", "programme", "--period", "2024", "--format", "json"]
        + ["--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout_bytes)
    assert body["period"] == {
        "code": "2024",
        "kind": "year",
        "starts_on": "2024-01-01",
        "ends_on": "2024-12-31",
        "due_on": "2024-11-05",
    }
    assert body["columns"][2] == {
        "key": "registered",
        "label": "Registered products (to date)",
    }
    # On 31 Dec 2024: five (5★), four (4★, upgraded in 2024), archived (5★ but
    # archived: not counted) in A; three, expired (3★) and revoked (4★) in B.
    rows = {row["commune"]: row for row in body["communes"]}
    assert (rows["Xã A"]["stars_5"], rows["Xã A"]["stars_4"]) == (1, 1)
    assert (rows["Xã B"]["stars_3"], rows["Xã B"]["stars_4"]) == (2, 1)
    assert body["totals"]["evaluated"] == 2  # five and four, decided in 2024
    assert body["totals"]["newly_certified"] == 1  # five; four was first rated in 2021
    assert body["totals"]["certified"] == 5
    assert body["includes_sample_data"] is False


def test_cli_xlsx_report_written_to_a_file(known, tmp_path):
    out = tmp_path / "report.xlsx"
    result = known.test_cli_runner().invoke(
        args=["report", "programme", "--period", "2025H1", "--format", "xlsx"]
        + ["--out", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert book.sheetnames == ["By commune", "Targets", "About"]
    sheet = book["By commune"]
    assert sheet["A1"].value == "Commune code" and sheet["A1"].font.bold
    assert [c.value for c in sheet[2]][1:] == ["Xã A", *H1_ROWS["Xã A"]]
    assert [c.value for c in sheet[sheet.max_row]][2:] == H1_TOTAL


@pytest.mark.parametrize("period", ["2025H3", "abc"])
def test_cli_bad_period_exits_2_with_a_message(known, period):
    result = known.test_cli_runner().invoke(
        args=["report", "programme", "--period", period, "--lang", "en"]
    )
    assert result.exit_code == 2
    assert f"Unknown report period '{period}'" in result.output
    assert "YYYYH1" in result.output


# --- officer pages ---------------------------------------------------------------


@pytest.mark.parametrize("role", ["officer", "admin"])
def test_officers_see_the_report_table(known, role):
    client = known.test_client()
    login(client, known, role)
    html = client.get("/admin/reports?period=2025H1&lang=en").text
    rows = table(html, "Figures per commune, 2025H1")
    assert rows[1] == ["Xã A", *map(str, H1_ROWS["Xã A"])]
    assert rows[-1] == ["Total", *map(str, H1_TOTAL)]
    assert "due May 5, 2025" in html


@pytest.mark.parametrize(
    "fmt, media_type, name",
    [
        ("csv", "text/csv", "bao-cao-ocop-2025H1.csv"),
        ("xlsx", "application/vnd.openxmlformats", "bao-cao-ocop-2025H1.xlsx"),
        ("json", "application/json", "bao-cao-ocop-2025H1.json"),
    ],
)
def test_officers_download_the_report(known, fmt, media_type, name):
    client = known.test_client()
    login(client, known, "officer")
    response = client.get(f"/admin/reports/programme?period=2025H1&format={fmt}")
    assert response.status_code == 200
    assert response.content_type.startswith(media_type)
    assert response.headers["Content-Disposition"] == f'attachment; filename="{name}"'
    if fmt == "csv":
        assert csv_blocks(response.data)[0][-1][2:] == list(map(str, H1_TOTAL))


def test_download_with_english_headers(known):
    client = known.test_client()
    login(client, known, "officer")
    response = client.get("/admin/reports/programme?period=2025&format=csv&lang=en")
    header = csv_blocks(response.data)[0][0]
    assert header[:2] == ["Commune code", "Commune or town"]
    assert "ocop-report-2025.csv" in response.headers["Content-Disposition"]


@pytest.mark.parametrize(
    "query", ["period=2025H3", "period=abc", "period=2025&format=pdf"]
)
def test_bad_report_requests_are_400(known, query):
    client = known.test_client()
    login(client, known, "officer")
    response = client.get(f"/admin/reports/programme?{query}&lang=en")
    assert response.status_code == 400
    assert "2025H1" in response.text or "CSV, JSON or XLSX" in response.text
    assert client.get(f"/admin/reports?{query}").status_code == 400


def test_reports_are_for_officers_only(known):
    client = known.test_client()
    assert client.get("/admin/reports").status_code == 302
    login(client, known, "producer")
    assert client.get("/admin/reports").status_code == 403
    assert client.get("/admin/reports/programme?period=2025").status_code == 403


def test_demo_report_says_it_holds_sample_data(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["report", "programme", "--period", "2025", "--lang", "en"]
    )
    about = dict(csv_blocks(result.stdout_bytes)[2])
    assert "Includes sample data" in about["Note"]
