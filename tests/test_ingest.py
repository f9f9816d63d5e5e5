"""Tests for kg.ingest: reading, decoding, HTML, JSONL and boilerplate removal."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from kg.errors import IngestError, UsageError
from kg.ingest import (
    article_from_text,
    content_blocks,
    decode_bytes,
    detect_language,
    iter_articles,
    read_articles,
)
from kg.records import Article

DATA = Path(__file__).parent / "data" / "ingest"
SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

EN_TEXT = "The river festival opened on Saturday with boat races.\n"
KO_TEXT = "강변 축제가 토요일 배 경주와 함께 개막했다.\n"


def blocks_of(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in article.blocks]


def assert_offsets(article: Article) -> None:
    """Every block indexes ``text`` exactly and is trimmed, in order, non-overlapping."""
    previous_end = 0
    for start, end in article.blocks:
        block = article.text[start:end]
        assert block and block == block.strip()
        assert start >= previous_end
        previous_end = end


def only_article(paths, **kwargs) -> Article:
    articles, errors = read_articles(paths, **kwargs)
    assert errors == [] and len(articles) == 1
    return articles[0]


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, encoding, expected_encoding, lang",
    [
        (EN_TEXT, "utf-8", "utf-8", "en"),
        (KO_TEXT, "utf-8", "utf-8", "ko"),
        (KO_TEXT, "utf-8-sig", "utf-8-sig", "ko"),
        (KO_TEXT, "utf-16", "utf-16", "ko"),
        (EN_TEXT, "utf-16", "utf-16", "en"),
        (KO_TEXT, "cp949", "cp949", "ko"),
        (KO_TEXT.strip() + " 시민 수천 명이 강가에 모였다.\n", "euc-kr", "cp949", "ko"),
    ],
)
def test_txt_encodings_decode_to_the_same_text(tmp_path, text, encoding, expected_encoding, lang):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    article = only_article([str(path)])
    assert article.text == text  # BOM gone, newline kept
    assert article.encoding == expected_encoding
    assert article.lang == lang
    assert blocks_of(article) == [text.strip()]


def test_bom_is_not_part_of_text_or_offsets(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHeadline here\nBody sentence one is here.".encode("utf-8"))
    article = only_article([str(path)])
    assert not article.text.startswith("\ufeff")
    assert article.blocks[0][0] == 0


def test_crlf_newlines_are_kept_and_offsets_exact(tmp_path):
    text = "Title line\r\n\r\nFirst paragraph ends here.\r\nSecond paragraph ends here.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    article = only_article([str(path)])
    assert article.text == text
    assert blocks_of(article) == ["Title line", "First paragraph ends here.", "Second paragraph ends here."]


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\t\r\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file, not text"),
        (bytes(range(256)) * 8, "binary file, not text"),
    ],
)
def test_decode_bytes_rejects_empty_and_binary(data, problem):
    with pytest.raises(IngestError) as info:
        decode_bytes(data, "some/file.txt")
    assert str(info.value) == f"some/file.txt: {problem}"


def test_decode_bytes_bomless_utf16():
    text, encoding = decode_bytes("Plain words here.".encode("utf-16-le"), "x.txt")
    assert (text, encoding) == ("Plain words here.", "utf-16-le")


# --- bad inputs never stop good ones -----------------------------------------


def test_each_bad_input_yields_an_error_and_the_rest_are_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
    unknown = tmp_path / "report.pdf"
    unknown.write_bytes(b"%PDF-1.4")
    missing = tmp_path / "missing.txt"
    good2 = tmp_path / "good2.txt"
    good2.write_text(KO_TEXT, encoding="utf-8")

    items = list(iter_articles([str(p) for p in (good, empty, binary, unknown, missing, good2)]))

    assert [type(i).__name__ for i in items] == [
        "Article", "IngestError", "IngestError", "IngestError", "IngestError", "Article",
    ]
    messages = [str(i) for i in items if isinstance(i, IngestError)]
    assert messages[0] == f"{empty}: empty file"
    assert messages[1] == f"{binary}: binary file, not text"
    assert messages[2].startswith(f"{unknown}: unknown file type ('.pdf')") and ".jsonl" in messages[2]
    assert messages[3] == f"{missing}: no such file or directory"


def test_read_articles_splits_articles_and_errors(tmp_path):
    (tmp_path / "a.txt").write_text(EN_TEXT, encoding="utf-8")
    articles, errors = read_articles([str(tmp_path / "a.txt"), str(tmp_path / "nope.html")])
    assert [a.id for a in articles] == [str(tmp_path / "a.txt")]
    assert [e.path for e in errors] == [str(tmp_path / "nope.html")]


# --- directories ---------------------------------------------------------------


def test_directory_is_read_recursively_sorted_known_extensions_only(tmp_path):
    (tmp_path / "b.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(KO_TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text(
        "<html><body><article><p>" + "The council met to approve a new bridge over the river. " * 4
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "sub" / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(EN_TEXT, encoding="utf-8")

    articles, errors = read_articles([str(tmp_path)])

    assert errors == []
    assert [a.id for a in articles] == [
        os.path.join(str(tmp_path), "a.txt"),
        os.path.join(str(tmp_path), "b.txt"),
        os.path.join(str(tmp_path), "sub", "c.htm"),
    ]
    assert [a.format for a in articles] == ["txt", "txt", "html"]
    assert all(a.source == a.id for a in articles)


def test_directory_without_article_files_is_reported(tmp_path):
    (tmp_path / "notes.md").write_text("nothing", encoding="utf-8")
    articles, errors = read_articles([str(tmp_path)])
    assert articles == []
    assert len(errors) == 1 and str(tmp_path) in str(errors[0]) and "no article files" in str(errors[0])


# --- stdin ----------------------------------------------------------------------


def test_stdin_plain_text():
    article = only_article(["-"], stdin=io.BytesIO(KO_TEXT.encode("cp949")))
    assert (article.id, article.source, article.format, article.lang) == ("<stdin>", "<stdin>", "txt", "ko")
    assert article.text == KO_TEXT


def test_stdin_jsonl_is_recognised():
    data = b'{"id": "s1", "text": "First story ends here."}\n{"id": "s2", "text": "Second story ends here."}\n'
    articles, errors = read_articles(["-"], stdin=io.BytesIO(data))
    assert errors == []
    assert [(a.id, a.format, a.source) for a in articles] == [("s1", "jsonl", "<stdin>"), ("s2", "jsonl", "<stdin>")]


def test_stdin_empty_is_an_error():
    articles, errors = read_articles(["-"], stdin=io.BytesIO(b""))
    assert articles == [] and [str(e) for e in errors] == ["<stdin>: empty file"]


# --- JSONL ----------------------------------------------------------------------


def test_jsonl_good_lines_read_and_bad_line_named_by_file_and_line():
    path = str(DATA / "articles.jsonl")
    items = list(iter_articles([path]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, IngestError)]

    assert [a.id for a in articles] == ["jl-1", "jl-2", "jl-4"]
    assert len(errors) == 1 and str(errors[0]).startswith(f"{path}:3: invalid JSON")
    first = articles[0]
    assert (first.title, first.url, first.published, first.lang) == (
        "Harbor festival draws crowds", "https://news.example.org/jl-1", "2025-05-04", "en",
    )
    # JSONL text is clean body text: every non-empty line is a block, even a short title-like one.
    assert blocks_of(first) == [
        "Harbor festival draws crowds",
        "The harbor festival drew thousands of visitors on Sunday.",
        "Food stalls lined the pier.",
    ]
    assert articles[1].lang == "ko" and articles[1].title is None
    assert articles[2].published == "2025-05-06"
    assert all(a.source == path for a in articles)


@pytest.mark.parametrize(
    "line, problem",
    [
        ('["id", "text"]', "expected a JSON object"),
        ('{"text": "No id here."}', "missing required field 'id'"),
        ('{"id": "x"}', "missing required field 'text'"),
        ('{"id": "x", "text": 5}', "field 'text' must be a string"),
        ('{"id": "x", "text": "   "}', "field 'text' is blank"),
        ('{"id": "x", "text": "Fine.", "lang": "english!"}', "Invalid language code"),
        ('{"id": "ok", "text": "Again."}', "duplicate id 'ok' (first used on line 1)"),
    ],
)
def test_jsonl_bad_lines(tmp_path, line, problem):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "ok", "text": "A good line."}\n' + line + "\n", encoding="utf-8")
    articles, errors = read_articles([str(path)])
    assert [a.id for a in articles] == ["ok"]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{path}:2: ") and problem in str(errors[0])


# --- HTML -----------------------------------------------------------------------


def test_html_main_text_and_metadata():
    article = only_article([str(DATA / "page.html")])
    assert article.format == "html"
    assert article.title == "Harbor town opens floating library"
    assert article.url == "https://news.example.org/2025/04/floating-library"
    assert article.published == "2025-04-12"
    blocks = blocks_of(article)
    assert blocks[0] == "Harbor town opens floating library"
    assert len(blocks) == 4  # headline + three paragraphs
    joined = "\n".join(blocks)
    for furniture in ("Skip to content", "Subscribe", "Most read", "Storm closes bridge", "©", "By Tom Field", "Photo by"):
        assert furniture not in joined
    assert_offsets(article)


def test_html_declared_legacy_charset(tmp_path):
    body = "군청은 월요일 새 도서관을 열었다고 밝혔다. " * 8
    html = f'<html><head><meta charset="euc-kr"><title>새 도서관 개관</title></head><body><article><p>{body}</p></article></body></html>'
    path = tmp_path / "ko.html"
    path.write_bytes(html.encode("euc-kr"))
    article = only_article([str(path)])
    assert article.encoding == "euc_kr" and article.lang == "ko"
    assert "도서관" in article.text and article.title == "새 도서관 개관"


def test_html_date_is_not_guessed_from_a_copyright_year(tmp_path):
    body = "The city opened a riverside park on Sunday with music for families. " * 4
    html = f"<html><body><article><h1>Park opens</h1><p>{body}</p></article><footer>© 2020 Example</footer></body></html>"
    path = tmp_path / "nodate.html"
    path.write_text(html, encoding="utf-8")
    assert only_article([str(path)]).published is None


def test_html_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>", encoding="utf-8")
    articles, errors = read_articles([str(path)])
    assert articles == [] and [str(e) for e in errors] == [f"{path}: no article text found in HTML"]


# --- boilerplate ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, lang, headline, body_count",
    [
        ("scraped_en.txt", "en", "Lakeside village wins national award for clean beaches", 3),
        ("scraped_ko.txt", "ko", "해변마을 청정해변 대상 수상", 3),
    ],
)
def test_scraped_page_fixture_keeps_only_article(name, lang, headline, body_count):
    article = only_article([str(DATA / name)])
    blocks = blocks_of(article)
    assert article.lang == lang
    assert article.title == headline and blocks[0] == headline
    assert len(blocks) == 2 + body_count  # headline, sub-headline, body paragraphs
    assert all(b.endswith(".") for b in blocks[2:])
    joined = "\n".join(blocks)
    for mark in ("©", "ⓒ", "@", "[", "광고", "Advertisement", "Getty", "Most read", "많이 본", "구독", "Menu"):
        assert mark not in joined
    assert_offsets(article)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Home | World | Business | Sport",
        "Share  Print  Close",
        "본문 바로가기",
        "뉴스듣기 스크랩 글자크기",
        "AD",
        "광고",
        "원본보기 아이콘",
        "[이미지출처=가상통신]",
        "(사진=가람시 제공)",
        "Photo: Jane Roe/Getty Images",
        "Copyright 2024 Example Media",
        "© Example Media. All rights reserved.",
        "<ⓒ예시일보 무단전재 및 재배포 금지>",
        "홍길동 기자 gildong@example.test",
        "By Jane Roe",
        "jane.roe@example.test",
        "Dim영역",
        "여백을 위한 class",
        "top버튼",
        "<div class=\"ad-slot\"></div>",
        "news-list_item",
        "var slot = 3;",
        "* * *",
    ],
)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_boilerplate_line_is_dropped_between_content(line, lang):
    text = f"Harbor hall reopens\n{line}\nThe hall reopened after repairs on Friday, officials said.\n"
    if lang == "ko":
        text = f"항구 회관 재개관\n{line}\n항구 회관이 금요일 보수를 마치고 다시 문을 열었다고 관계자들이 말했다.\n"
    lines = text.splitlines()
    kept = [text[s:e] for s, e in content_blocks(text, lang)]
    assert kept == [lines[0], lines[2]]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rise after the election",
        "Close race expected in the capital",
        "구독경제 시장 급성장",
        "Mayor meets students at the new library",
        "A reporter's notebook: three days in the port",
        "시장, 도서관 개관식 참석",
        "By the River Thames, a new footbridge",
        "Recommended daily salt intake cut",
        "Most readers back the harbor plan",
        "오늘의 이슈는 물가",
        "Related firms merge in Busan",
        "Covid-19",
        "<Note from the editor>",
    ],
)
def test_short_real_headlines_are_kept(line):
    text = f"{line}\nThe story body follows here and ends with a full stop.\n"
    kept = [text[s:e] for s, e in content_blocks(text, detect_language(line))]
    assert kept[0] == line


def test_consecutive_duplicate_lines_keep_one():
    text = "Only once please\nOnly once please\nThe body sentence is right here today.\n"
    assert [text[s:e] for s, e in content_blocks(text, "en")] == [
        "Only once please", "The body sentence is right here today.",
    ]


def test_related_box_in_middle_drops_only_its_list():
    para = "The committee met on Monday and agreed on a new budget for the parks."
    text = "\n".join([para, "Related articles", "Parks budget rises", "New playground opens", para.replace("Monday", "Tuesday")])
    kept = [text[s:e] for s, e in content_blocks(text, "en")]
    assert kept == [para, para.replace("Monday", "Tuesday")]


def test_most_read_heading_near_end_drops_everything_after():
    para = "시의회는 월요일 공원 예산안을 통과시켰다고 밝혔다."
    text = "\n".join([para, para.replace("월요일", "화요일"), "많이 본 뉴스", "다리 공사 시작된다.", "빵집 문을 연다"])
    kept = [text[s:e] for s, e in content_blocks(text, "ko")]
    assert kept == [para, para.replace("월요일", "화요일")]


def test_trailing_credit_is_cut_from_caption_line():
    text = "시민들이 새 공원을 걷고 있다. [사진=가람시 제공]\n공원은 토요일 문을 열었다고 시가 밝혔다.\n"
    kept = [text[s:e] for s, e in content_blocks(text, "ko")]
    assert kept == ["시민들이 새 공원을 걷고 있다.", "공원은 토요일 문을 열었다고 시가 밝혔다."]


def test_hard_wrapped_sentence_is_one_block_and_headline_is_not_joined():
    text = (
        "Council approves new harbor plan\n"
        "The council approved a plan on Monday to rebuild the old harbor wall\n"
        "and add a ferry stop, the mayor said.\n"
    )
    kept = [text[s:e] for s, e in content_blocks(text, "en")]
    assert kept == [
        "Council approves new harbor plan",
        "The council approved a plan on Monday to rebuild the old harbor wall\nand add a ferry stop, the mayor said.",
    ]


def test_only_boilerplate_is_an_error(tmp_path):
    path = tmp_path / "nav.txt"
    path.write_text("Menu\nSearch\nSubscribe\n© 2025 Example\n", encoding="utf-8")
    articles, errors = read_articles([str(path)])
    assert articles == [] and str(errors[0]).startswith(f"{path}: no article content")


# --- article fields ------------------------------------------------------------------


def test_article_fields_and_hash():
    import hashlib

    text = "River park opens\nThe park opened on Sunday, the city said.\n"
    article = article_from_text(text, id="a1", source="news/a1.txt", published="2025년 3월 2일")
    assert article.title == "River park opens"
    assert article.published == "2025-03-02"
    assert article.content_hash == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert article.text == text


def test_no_title_when_first_block_is_a_sentence():
    article = article_from_text("The park opened on Sunday.\nMore people came.", id="a", source="a.txt")
    assert article.title is None


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2025-04-12T09:30:00+09:00", "2025-04-12"),
        ("2025.4.12", "2025-04-12"),
        ("2025/04/12", "2025-04-12"),
        ("2025년 4월 12일", "2025-04-12"),
        ("April 12, 2025", "2025-04-12"),
        ("12 Apr 2025", "2025-04-12"),
        ("20250412", "2025-04-12"),
        ("sometime soon", None),
        ("2025-13-45", None),
    ],
)
def test_published_normalised(value, iso):
    article = article_from_text("Body sentence here.", id="a", source="a.txt", published=value)
    assert article.published == iso


def test_published_and_lang_arguments_override(tmp_path):
    path = str(DATA / "articles.jsonl")
    articles, _ = read_articles([path], lang="ko", published="2024-01-02")
    assert {a.lang for a in articles} == {"ko"}
    assert {a.published for a in articles} == {"2024-01-02"}


@pytest.mark.parametrize("kwargs", [{"lang": "english!"}, {"published": "yesterday"}])
def test_bad_arguments_are_usage_errors(kwargs):
    with pytest.raises(UsageError) as info:
        read_articles([], **kwargs)
    assert repr(next(iter(kwargs.values()))) in str(info.value)


# --- language detection -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor visited the museum.", "en"),
        ("Le maire a visité le musée à Paris.", "en"),  # Latin script: best effort 'en'
        ("시장은 박물관을 방문했다.", "ko"),
        ("서울시는 AI Robotics Center와 협약을 맺었다.", "ko"),
        ("中 실리콘밸리 찾아 스타트업 지원", "ko"),
        ("市長は博物館を訪問した。", "ja"),
        ("市长参观了博物馆。", "zh"),
        ("Мэр посетил музей.", "ru"),
        ("2025 -- 12:30 !!!", "en"),
        ("", "en"),
        ("The mayor said 감사합니다 to the crowd of visitors at the opening.", "en"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_lang_override_wins_over_detection(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(KO_TEXT, encoding="utf-8")
    assert only_article([str(path)], lang="en").lang == "en"


# --- seeds (third-party text, read from ../shared) ------------------------------------


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not found:
        pytest.skip(f"seed {prefix}_*.txt not found under {SEEDS} (shared data absent)")
    return found[0]


def test_seed_english_drops_copyright_keeps_everything_else():
    path = seed("000")
    article = only_article([str(path)])
    lines = [line.strip() for line in article.text.splitlines() if line.strip()]
    blocks = blocks_of(article)
    assert article.lang == "en"
    assert not any("©" in b or "rights reserved" in b.lower() for b in blocks)
    assert len(blocks) == len(lines) - 1  # only the copyright line goes
    assert article.title == blocks[0]
    assert_offsets(article)


def test_seed_korean_scraped_page_keeps_headline_subheads_and_body():
    path = seed("002")
    article = only_article([str(path)])
    blocks = blocks_of(article)
    assert article.lang == "ko"
    # Headline, three sub-headlines, then only sentence paragraphs.
    assert article.title == blocks[0]
    heads = [b for b in blocks if not b.endswith(".")]
    assert len(heads) == 4 and blocks[:4] == heads
    body = blocks[4:]
    assert len(body) == 9
    assert all(len(b) > 60 for b in body)
    # Every long sentence paragraph of the page is kept.
    page = article.text[: EMAIL.search(article.text).start()]  # the body ends at the byline
    page_paragraphs = [
        line.strip() for line in page.splitlines()
        if line.strip().endswith("다.") and len(line.strip()) > 60
    ]
    assert body == page_paragraphs
    for b in blocks:
        assert "ⓒ" not in b and "©" not in b
        assert not EMAIL.search(b)
        assert not b.startswith("[") and "=" not in b
        assert b not in ("AD", "광고") and "class" not in b and "RSS" not in b
        assert "많이 본" not in b and "함께 본" not in b  # "most read"/"related" boxes
    assert_offsets(article)
