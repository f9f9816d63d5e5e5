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
        # page time stamps
        "입력 2026.03.02 10:15 | 수정 2026.03.02 11:40",
        "기사입력 2025-11-04 오후 3:20",
        "Updated 2 hours ago",
        "March 3, 2026 4:12 PM UTC",
        "Published 14 May 2025, 09:12 GMT",
        # toolbar acting on the article
        "기사 스크랩",
        # teasers of other stories set into the body
        "Read more: Port of Dunmere plans shore power for cruise ships",
        "See also: Ferry strike ends",
        "관련기사: 다리 공사 시작",
        # newsletter and sign-up box
        "Sign up for our daily briefing newsletter",
        "Get the latest business news delivered to your inbox every morning.",
        "By signing up you agree to our Terms of Use and Privacy Policy.",
        # comment section prompts
        "로그인하고 댓글 작성",
        "로그인 후 댓글을 남겨주세요.",
        "Be the first to comment on this story",
        # photo caption opened by an arrow and closed by a credit
        "▲ 주민들이 새 다리를 건너고 있다. /사진=가람시 제공",
        "| ▲ 시장이 공장을 둘러보고 있다. /사진=가람시 |",
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
        # story lines that look like time stamps, captions, teasers, pitches
        "Monday, August 3, 2020",  # a bare date is the story's own date
        "【2012년 8월 28일】",
        "3일 개막 앞둔 항구 축제",
        "▲기술 협력 ▲인력 교류 ▲공동 연구",  # a bulleted list, no photo credit
        "More: the council said the hall will open on Sundays too.",
        '"Subscribe to our newsletter and you will know first," the mayor joked.',
        "Readers flock to subscription libraries",
        "악성 댓글 작성자 처벌 강화",
        "Mayor's comments on the harbor plan draw criticism",
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


# --- scraped pages of other layouts (s14 fixtures) ---------------------------------


S14_STORIES = {
    # A Korean portal page: section menu column, time stamps, toolbar,
    # arrow-and-credit photo caption, byline, related/most-read lists, comments.
    "s14_portal_ko.txt": [
        "누리시, 섬마을 드론 택배 시범 운영 시작",
        "하늘길로지스와 협약… 연말까지 주 3회 운항",
        "누리시는 2일 섬마을 네 곳에 생필품을 나르는 드론 택배 시범 운영을 시작한다고 밝혔다.",
        "박서진 누리시장은 이날 시청에서 물류기업 하늘길로지스와 업무협약을 맺고 연말까지 주 3회 드론을 띄우기로 했다.",
        "드론은 한 번에 5킬로그램까지 싣고 항구에서 가장 먼 달섬까지 20분 안에 도착한다.",
        '하늘길로지스 최도윤 대표는 "섬 주민이 육지와 같은 날 물건을 받게 하는 것이 목표"라고 말했다.',
    ],
    # A Korean newspaper HTML page: headline and sub-headline outside the body
    # container, a caption table, byline, copyright, related and ranking boxes.
    "s14_newspaper_ko.html": [
        "가온군, 폐교를 청년 공방으로 바꾼다",
        "옛 솔내초교에 목공·도예 작업실 12곳 조성",
        "가온군은 2019년 문을 닫은 솔내초등학교를 청년 창업 공방으로 고쳐 내년 3월 문을 연다고 14일 밝혔다.",
        "군은 교실 12곳을 목공과 도예 작업실로 바꾸고 운동장에는 주민이 이용할 수 있는 장터를 만들 계획이다.",
        '정해온 가온군수는 "빈 학교가 젊은 사람들이 돌아오는 이유가 되기를 바란다"고 말했다.',
        "공방에 들어올 청년 12명은 다음달 공개 모집으로 뽑는다.",
    ],
    # An English wire story copied from a site: menu column, time stamp,
    # share bar, "Read more:"/"Related:" teasers, newsletter box, sign-off.
    "s14_wire_en.txt": [
        "Marlow Shipping to build electric ferries at Kestrel yard",
        "LONDON, March 3 (Harborline) - Marlow Shipping said on Tuesday it had ordered six electric ferries "
        "from Kestrel Marine, the largest such order in northern Europe.",
        "The vessels will be built at Kestrel's yard in Dunmere and will enter service on the Bray Strait "
        "route from 2028, Marlow chief executive Anika Holt said.",
        "Holt said the ferries would cut the company's fuel costs by about a third.",
    ],
    # An English HTML page: cookie banner, nav, author bio, "Most popular".
    "s14_magazine_en.html": [
        "Tallow Valley library reopens after flood repairs",
        "Readers return to shelves restored with help from local volunteers",
        "The Tallow Valley public library reopened on Tuesday, eight months after a flood ruined most of its ground floor.",
        "More than 200 volunteers dried and catalogued about 14,000 books that were saved from the water, "
        "head librarian Connor Wyle said.",
        "The county council paid for a new heating system and raised the shelving by half a metre "
        "to protect it from future floods.",
        '"People kept asking when they could come back, so today feels like a homecoming," Wyle said.',
    ],
}

S14_FURNITURE = (
    "뉴스", "IT/과학", "입력", "수정", "스크랩", "사진=", "▲", "송하늘", "기자", "ⓒ", "©", "관련기사",
    "많이 본", "댓글", "로그인", "Harborline News", "Markets", "Updated", "UTC", "Share", "Read more",
    "Port of Dunmere", "Related", "Sign up", "newsletter", "Privacy", "Reporting by", "Editing by",
    "Standards", "cookies", "Most popular", "Bridge closure", "Priya Ashdown", "rights reserved",
)


@pytest.mark.parametrize("name", sorted(S14_STORIES))
def test_scraped_page_of_another_layout_keeps_every_story_line_and_no_furniture(name):
    article = only_article([str(DATA / name)])
    blocks = blocks_of(article)
    assert blocks == S14_STORIES[name]  # headline first, every sentence, nothing else
    assert article.title == S14_STORIES[name][0]
    joined = "\n".join(blocks)
    leaked = [f for f in S14_FURNITURE if f in joined and not any(f in s for s in S14_STORIES[name])]
    assert leaked == []
    assert_offsets(article)


def test_trailing_slash_credit_is_cut_from_caption_without_arrow():
    text = "시민들이 새 공원을 걷고 있다. /사진=가람시 제공\n공원은 토요일 문을 열었다고 시가 밝혔다.\n"
    kept = [text[s:e] for s, e in content_blocks(text, "ko")]
    assert kept == ["시민들이 새 공원을 걷고 있다.", "공원은 토요일 문을 열었다고 시가 밝혔다."]


@pytest.mark.parametrize(
    "menu, lang",
    [
        (["뉴스", "IT/과학", "생활/문화", "랭킹"], "ko"),
        (["Harborline News", "Markets", "Sustainability", "Legal"], "en"),
    ],
)
def test_menu_column_above_the_story_is_dropped(menu, lang):
    head = "Port opens ferry terminal" if lang == "en" else "항구 여객터미널 개장"
    body = (
        "The port opened a new ferry terminal on Monday, officials said."
        if lang == "en" else "항구가 월요일 새 여객터미널을 열었다고 관계자들이 말했다."
    )
    text = "\n".join(menu) + f"\n\n{head}\n{body}\n"
    kept = [text[s:e] for s, e in content_blocks(text, lang)]
    assert kept == [head, body]


def test_short_lines_inside_the_story_are_not_a_menu():
    body = "The port opened a new ferry terminal on Monday, officials said."
    text = f"Port opens ferry terminal\n{body}\nGate A\nGate B\nGate C\n{body.replace('Monday', 'Friday')}\n"
    kept = [text[s:e] for s, e in content_blocks(text, "en")]
    assert ["Gate A", "Gate B", "Gate C"] == kept[2:5]


def test_wire_sign_off_ends_the_story():
    para = "The port opened a new ferry terminal on Monday, officials said."
    text = "\n".join([
        "Port opens ferry terminal", para, para.replace("Monday", "Friday"),
        "Reporting by Tessa Quill; Editing by Omar Flint",
        "Our Standards: The Example Trust Principles.",
    ])
    kept = [text[s:e] for s, e in content_blocks(text, "en")]
    assert kept == ["Port opens ferry terminal", para, para.replace("Monday", "Friday")]


def test_html_headline_outside_body_container_is_kept(tmp_path):
    body = "".join(f"<p>군청은 {d} 새 도서관을 열었다고 밝혔다. 주민 수백 명이 찾았다.</p>" for d in ("월요일", "화요일", "수요일"))
    html = (
        '<html><head><meta charset="utf-8"><title>새 도서관 개관 - 예시일보</title></head><body>'
        '<header><h1 class="logo">예시일보</h1></header>'
        "<div class=\"head\"><h1>새 도서관 개관</h1><h2>주민 수백 명 찾아</h2></div>"
        f'<div class="article-body">{body}</div></body></html>'
    )
    path = tmp_path / "ko.html"
    path.write_text(html, encoding="utf-8")
    blocks = blocks_of(only_article([str(path)]))
    assert blocks[:2] == ["새 도서관 개관", "주민 수백 명 찾아"]
    assert "예시일보" not in blocks and len(blocks) == 5
