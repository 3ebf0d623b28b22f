"""Chinese search: one- and two-character searches find names and addresses (craft.md trap 11).

Runs against a real SQLite FTS5 table created with the exact statement of the migration.
"""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aftersales_desktop.domain.text_index import index_text, match_query

MIGRATION = (Path(__file__).resolve().parents[2] / "aftersales_desktop" / "storage" / "migrations"
             / "versions" / "0001_initial_schema.py")


def migration_fts_statement() -> str:
    """The CREATE VIRTUAL TABLE job_search statement as the migration runs it."""
    for node in ast.walk(ast.parse(MIGRATION.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "execute" and node.args
                and isinstance(node.args[0], ast.Constant)
                and str(node.args[0].value).startswith("CREATE VIRTUAL TABLE job_search")):
            return node.args[0].value
    raise AssertionError("the migration no longer creates job_search")


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(migration_fts_statement())
    yield connection
    connection.close()


def index(connection: sqlite3.Connection, rows: dict[str, str]) -> None:
    connection.execute("DELETE FROM job_search")
    connection.executemany("INSERT INTO job_search(job_id, body) VALUES (?, ?)",
                           [(key, index_text(text)) for key, text in rows.items()])


def search(connection: sqlite3.Connection, user_text: str) -> set[str]:
    expression = match_query(user_text)
    assert expression is not None, user_text
    return {r[0] for r in connection.execute("SELECT job_id FROM job_search WHERE job_search MATCH ?",
                                             (expression,))}


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马诸葛"
GIVEN = "芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国文辉宇浩然子涵欣怡梓轩一诺雨桐晨曦"
PLACES = ("上海市浦东新区张江路徐汇区漕河泾开发区北京市朝阳区建国路海淀区中关村大街广东省深圳市南山区科技园"
          "杭州市西湖区文三路江苏省苏州市工业园区星湖街成都市武侯区天府大道号楼单元室弄栋层")
CJK_ALPHABET = sorted(set(SURNAMES + GIVEN + PLACES))

cjk_text = st.text(alphabet=CJK_ALPHABET, min_size=1, max_size=24)


@given(cjk_text, st.data())
def test_any_contiguous_part_of_a_chinese_name_or_address_finds_it(fts, whole, data):
    start = data.draw(st.integers(0, len(whole) - 1))
    end = data.draw(st.integers(start + 1, len(whole)))
    index(fts, {"hit": whole})
    assert "hit" in search(fts, whole[start:end])


address_parts = st.lists(st.one_of(st.text(alphabet=CJK_ALPHABET, min_size=1, max_size=6),
                                   st.integers(1, 2000).map(str)), min_size=1, max_size=6)


@given(address_parts, st.data())
def test_addresses_with_house_numbers_are_found_from_any_character_or_number_start(fts, parts, data):
    whole = "".join(parts)
    # A search may start at any Chinese character or at the start of a number (not inside one).
    starts = [i for i, ch in enumerate(whole)
              if not ch.isdigit() or i == 0 or not whole[i - 1].isdigit()]
    start = data.draw(st.sampled_from(starts))
    end = data.draw(st.integers(start + 1, len(whole)))
    index(fts, {"hit": whole})
    assert "hit" in search(fts, whole[start:end])


@pytest.mark.parametrize(("query", "text"), [
    ("芳", "王芳"),
    ("王", "王芳"),
    ("王芳", "王芳"),
    ("浦东", "上海市浦东新区张江路88号"),
    ("浦东新区", "上海市浦东新区"),
    ("1381", "13812345678"),
    ("SH01-J2026", "SH01-J202611-0042"),
    ("sh01-j202611", "SH01-J202611-0042"),
    ("CF283", "HP CF283A 83A 黑色硒鼓"),
    ("王芳 1381", "王芳 13812345678 上海市浦东新区"),
])
def test_fixed_examples_are_found(fts, query, text):
    index(fts, {"hit": text, "other": "李娜 13987654321 北京市朝阳区 SH02-J202501-0001"})
    assert search(fts, query) == {"hit"}


@pytest.mark.parametrize(("query", "text"), [
    ("浦东", "上海市浦江东路"),          # both characters, but not next to each other
    ("芳王", "王芳"),                    # wrong order
    ("SH01-J2025", "SH01-J202611-0042"),
    ("王芳 1390", "王芳 13812345678"),    # every term must match
])
def test_near_misses_are_not_found(fts, query, text):
    index(fts, {"hit": text})
    assert search(fts, query) == set()


@pytest.mark.parametrize("text", ["", "   ", "-", "--- ,.!?", "，。！？、（）", '"""', "*", "-()+"])
def test_a_query_of_only_punctuation_is_not_searchable(text):
    assert match_query(text) is None


@given(st.text(max_size=30))
def test_whatever_the_user_types_the_query_is_valid_fts5(fts, typed):
    index(fts, {"hit": "王芳 13812345678 上海市浦东新区 SH01-J202611-0042 AND OR NOT NEAR"})
    expression = match_query(typed)
    if expression is not None:
        fts.execute("SELECT job_id FROM job_search WHERE job_search MATCH ?", (expression,)).fetchall()


def test_index_text_spaces_out_chinese_but_keeps_latin_and_digit_runs():
    body = index_text("王芳", None, "13812345678", "", "上海市A座")
    assert body.split() == ["王", "芳", "13812345678", "上", "海", "市", "A", "座"]


def test_a_laptops_number_is_found_by_the_digits_read_over_the_phone():
    body = index_text("SH01-J202612-B0042", "王芳")
    assert "0042" in body.split() and "202612" not in body.split()
    assert index_text("SH01-J202612-0042").split() == ["SH01-J202612-0042"], "first computer's numbers unchanged"
