"""Read news articles from files, directories and standard input.

This is the first pipeline stage: it turns raw inputs into
:class:`kg.records.Article` records. It

- finds the inputs (files, directories read recursively, ``-`` for stdin);
- decodes bytes (UTF-8 with or without BOM, UTF-16, CP949/EUC-KR and
  whatever else charset-normalizer recognises);
- extracts the main text of HTML pages with trafilatura, putting back the
  headline and sub-headlines when the page keeps them outside the body;
- marks the spans of ``Article.text`` that are article content
  (:func:`content_blocks`), leaving page furniture outside every span.

``Article.text`` is never rewritten (only a byte-order mark is dropped by
decoding; for HTML it is the extracted text, headline included), so every
offset later stages compute indexes the text as read.

An input that cannot be read does not stop the others:
:func:`iter_articles` yields an :class:`~kg.errors.IngestError` in its place.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import BinaryIO

from kg.errors import IngestError, UsageError
from kg.records import Article

__all__ = [
    "FORMATS",
    "article_from_text",
    "content_blocks",
    "decode_bytes",
    "detect_language",
    "iter_articles",
    "read_articles",
]

#: File extension -> ``Article.format``. Inside a directory only these are read.
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

_FORMAT_NAMES = tuple(sorted(set(FORMATS.values())))

STDIN_NAME = "<stdin>"

# ---------------------------------------------------------------------------
# Vocabularies for boilerplate removal.
#
# A line is judged by features (length, sentence punctuation, position, the
# share of its letters that belong to these vocabularies), never by matching
# a whole known line: the vocabularies name the *words* page templates are
# built from, so the rules carry over to sites never seen.
# ---------------------------------------------------------------------------

# Words of page chrome (menus, toolbars, share bars, layout regions). A short
# line made (almost) only of these is navigation, not news. Sections names are
# here because a bare "World  Sport  Business" line is a menu.
UI_WORDS_EN = (
    "skip to main content", "skip to content", "skip navigation", "jump to",
    "main menu", "menu", "navigation", "search", "home", "homepage",
    "log in", "login", "log out", "sign in", "sign up", "register", "my account",
    "subscribe", "subscription", "newsletter", "newsletters", "follow us",
    "share this article", "share", "tweet", "email", "e-mail", "print", "save",
    "bookmark", "copy link", "link copied", "comments", "comment",
    "font size", "text size", "increase", "decrease", "close", "open", "toggle",
    "back to top", "top", "listen to this article", "listen", "audio",
    "read more", "more", "next", "previous", "prev", "page", "loading",
    "facebook", "twitter", "linkedin", "whatsapp", "telegram", "instagram",
    "youtube", "kakaotalk", "rss", "app", "download the app",
    "world", "politics", "business", "economy", "sport", "sports", "opinion",
    "culture", "science", "tech", "technology", "lifestyle", "entertainment",
    "national", "local", "video", "videos", "photos", "podcasts", "latest",
    "edition", "english", "korean", "language", "cookie", "cookies",
    "accept", "privacy policy", "terms of use", "contact us", "about us",
)
UI_WORDS_KO = (
    "본문 바로가기", "바로가기", "전체메뉴", "메뉴", "검색", "로그인", "로그아웃",
    "회원가입", "마이페이지", "구독", "구독하기", "언론사 홈", "언론사홈", "홈",
    "뉴스듣기", "듣기", "스크랩", "글자크기", "글자 크기", "글씨크기", "설정",
    "닫기", "열기", "인쇄", "프린트", "공유", "공유하기", "댓글", "좋아요",
    "새로보기", "새로고침", "원본보기", "아이콘", "버튼", "영역", "레이어",
    "이전", "다음", "더보기", "목록", "맨 위로", "맨위로", "위로", "요약", "번역",
    "페이스북", "트위터", "카카오톡", "카카오스토리", "네이버", "밴드", "링크 복사",
    "URL 복사", "주소 복사", "작게", "크게", "보통", "기사 저장", "저장",
    "정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언", "전국",
    "포토", "영상", "많이 본", "최신", "전체",
    # Toolbar buttons acting on the article ("기사 스크랩", "기사 공유") and
    # the comment box's buttons.
    "기사", "댓글 작성", "댓글쓰기",
)
# Advertising placeholders left behind when ad slots are scraped as text.
AD_WORDS = (
    "advertisement", "advertising", "sponsored content", "sponsored", "ads", "ad",
    "광고", "스폰서",
)
# Code and markup words that leak into scraped text from templates
# ("Dim" layer divs, spacer "class" comments); lowercase-insensitive.
CODE_WORDS = (
    "class", "div", "span", "css", "javascript", "function", "var", "null",
    "undefined", "onclick", "href", "dim", "layer", "wrap", "btn", "px",
)
# Words that make a whole bracketed line, or a short line starting with them,
# an image credit rather than text.
CREDIT_WORDS = (
    "이미지출처", "사진출처", "출처", "사진", "이미지", "그래픽", "제공", "자료사진",
    "photo", "photos", "photograph", "picture", "image", "images", "credit",
    "illustration", "file photo", "getty images", "shutterstock", "ap photo",
    "reuters", "afp", "epa", "yonhap", "연합뉴스", "뉴시스", "뉴스1",
)
# Copyright and redistribution notices (any position in a short line).
COPYRIGHT_MARKERS = (
    "©", "ⓒ", "Ⓒ", "all rights reserved", "무단전재", "무단 전재", "무단복제",
    "무단 복제", "재배포 금지", "재배포금지", "배포금지", "배포 금지", "저작권자",
)
# Words of a time stamp line ("입력 2026.03.02 10:15 | 수정 ...", "March 3,
# 2026 4:12 PM UTC Updated 2 hours ago"): labels, month names, clock words.
TIMESTAMP_WORDS = (
    "입력", "수정", "승인", "등록", "발행", "송고", "기사입력", "최종수정", "업데이트",
    "지면", "오전", "오후", "시간 전", "분 전", "일 전", "년", "월", "일", "시", "분",
    "published", "updated", "posted", "last updated", "first published", "modified",
    "ago", "hour", "hours", "minute", "minutes", "min", "mins", "day", "days", "read",
    "am", "pm", "a.m", "p.m", "utc", "gmt", "kst", "est", "edt", "bst", "cet", "on", "at",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
# Labels of an inline link to another story set into the body ("Read more:
# <headline>"); the headline after the colon is not this article.
TEASER_LABELS = (
    "read more", "read also", "also read", "see also", "related", "more", "watch",
    "listen", "read", "recommended", "관련기사", "관련 기사", "관련뉴스", "관련 뉴스",
    "함께 보기", "더보기", "추천기사", "추천 기사",
)
# Reporter titles that follow a Korean byline name ("홍길동 기자").
REPORTER_TITLES_KO = (
    "기자", "특파원", "선임기자", "수석기자", "전문기자", "객원기자", "인턴기자",
    "통신원", "논설위원", "기자단",
)
# English byline openers.
BYLINE_OPENERS_EN = (
    "by", "written by", "reporting by", "words by", "story by", "reporter",
    "edited by", "editing by", "additional reporting by",
)
# Headings of "most read" / "related" boxes; the list that follows is not the
# article, and near the end of a page everything after one is furniture.
TAIL_HEADINGS_EN = (
    "most read", "most popular", "most viewed", "most shared", "related articles",
    "related stories", "related news", "related coverage", "related content",
    "related", "read next", "more stories", "more from", "more news",
    "recommended", "recommended for you", "you may also like",
    "you might also like", "trending", "trending now", "top stories",
    "latest news", "editor's picks", "editors' picks", "more on this story",
    "popular now", "what to read next",
)
TAIL_HEADINGS_KO = (
    "많이 본 뉴스", "많이 본 기사", "많이본 뉴스", "많이본뉴스", "함께 본 뉴스",
    "함께 본 기사", "함께 보면 좋은", "가장 많이 읽힌", "관련 기사", "관련기사",
    "관련 뉴스", "관련뉴스", "추천 기사", "추천기사", "추천 뉴스", "오늘의 이슈",
    "인기 기사", "인기기사", "인기 뉴스", "최신 기사", "최신기사", "주요 뉴스",
    "주요뉴스", "랭킹 뉴스", "랭킹뉴스", "포토 뉴스", "포토뉴스", "이 기자의 다른 기사",
    "기자의 다른 기사", "다른 기사", "이슈 트렌드", "실시간 인기",
)

# A line that ends a sentence: terminal punctuation, then optional closers.
_SENTENCE_END = re.compile(r"[.!?。！？](?:[\"'”’»)\]」』>]*)$")
# A full stop closing a sentence anywhere in a line ("...했다.[1]사회").
_HAS_SENTENCE = re.compile(r"[^\W\d_][.。!?！？](?=[\s\[\]\"'”’)]|$)")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
# Space-like characters str.strip() keeps but that never carry content.
_EXTRA_SPACE = "\u200b\u200c\u200d\u2060\ufeff"
# A whole line in brackets, the usual shape of a credit: "[사진=기관 제공]".
_BRACKETED = re.compile(r"^[\[(<【〈《]([^\])>】〉》]{1,80})[\])>】〉》]$")
# A credit in brackets at the end of a caption line.
_TRAILING_CREDIT = re.compile(r"\s*[\[(]([^\])]{1,60})[\])]\s*$")
# Arrows that open a photo caption in Korean papers ("▲ 시민들이 ..."),
# also inside a table cell ("| ▲ ... |": captions are often laid out in a
# one-column table under the photo).
_CAPTION_MARK = re.compile(r"^[\s|]*[▲△▶▷↑]")
# A credit after a slash at the end of a caption: "... /사진=가온군 제공".
_SLASH_CREDIT = re.compile(
    r"\s*/\s*(?:(?:사진|이미지|그래픽|자료|영상)\s*(?:출처)?\s*[=:]|(?i:photo|image|picture|graphic)s?\s*(?:[=:]|by\b))"
    r"[^/\n]{1,60}$"
)
# Markup or code syntax: HTML tags, braces, assignments, calls, css
# selectors and lowercase css class names ("news-list_item").
_CODE_SYNTAX = re.compile(
    r"</?(?:a|b|i|p|br|div|span|img|script|style|iframe|ins|section|figure|ul|li|table|"
    r"input|button|meta|link|noscript|svg|source|video)\b[^>]*>|[{}]|=.*;\s*$|\w+\(\)|"
    r"^[.#][a-z][\w-]*$|(?-i:^[a-z]+(?:[-_][a-z0-9]+)+$)",
    re.IGNORECASE,
)
# "By Jane Roe", "Reporting by Jane Roe and Sam Lee in Seoul; Editing by ...":
# after the opener only capitalised name words and a few joiners may follow.
_EN_BYLINE = re.compile(
    r"(?i:" + "|".join(re.escape(o) for o in sorted(BYLINE_OPENERS_EN, key=len, reverse=True)) + r")"
    r"\s*:?\s+(?:(?:[A-Z][\w'’.-]*|and|in|de|van|von|der|da|la|le|(?i:editing|reporting|writing|by))[\s,;&]*){1,12}$"
)
# A Korean byline: a 2-4 syllable name, a reporter title, then the end of
# the line, an email, or the "=" of a dateline.
_KO_BYLINE = re.compile(
    r"(?:^|[\s\[(/=·])[가-힣]{2,4}\s?(?:" + "|".join(sorted(REPORTER_TITLES_KO, key=len, reverse=True)) + r")"
    r"(?=\s*(?:$|[=\])/·,]|[\w.+-]+@))"
)


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def iter_articles(
    paths: Iterable[str],
    *,
    lang: str | None = None,
    published: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | IngestError]:
    """Yield an Article for each article in ``paths``, or an IngestError for each input that fails.

    Args:
        paths: files, directories (read recursively in sorted order, only
            files with a known extension, hidden entries skipped) or ``-``
            for standard input. Explicit files must have a known extension
            (``.txt``, ``.html``, ``.htm``, ``.jsonl``).
        lang: language code that overrides detection and JSONL ``lang``.
        published: publication date that overrides file metadata.
        stdin: binary stream read for ``-`` (default ``sys.stdin.buffer``).

    Returns:
        An iterator of ``Article`` and ``IngestError`` values in input order;
        errors are yielded, not raised, so one bad input never hides the rest.

    Raises:
        UsageError: ``lang`` or ``published`` is malformed.

    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Rain fell on Monday.", encoding="utf-8")
    >>> for item in iter_articles([str(d / "a.txt"), str(d / "b.txt")]):
    ...     print(type(item).__name__, getattr(item, "problem", getattr(item, "lang", "")))
    Article en
    IngestError no such file or directory
    """
    lang = _check_lang(lang)
    published = _check_published(published)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for given in paths:
        given = os.fspath(given)
        if given == "-":
            yield from _read_stdin(stdin, lang=lang, published=published)
        elif os.path.isdir(given):
            found = _walk(given)
            if not found:
                yield IngestError(given, f"directory has no article files ({_known_exts()})")
            for path in found:
                yield from _read_file(path, lang=lang, published=published)
        elif not os.path.lexists(given):
            yield IngestError(given, "no such file or directory")
        else:
            yield from _read_file(given, lang=lang, published=published)


def read_articles(
    paths: Iterable[str],
    *,
    lang: str | None = None,
    published: str | None = None,
    stdin: BinaryIO | None = None,
) -> tuple[list[Article], list[IngestError]]:
    """Read every input and return the articles and the errors apart.

    Args and behaviour are those of :func:`iter_articles`.

    Returns:
        ``(articles, errors)`` in input order.

    >>> import io
    >>> arts, errs = read_articles(["-"], stdin=io.BytesIO("비가 왔다.".encode("cp949")))
    >>> arts[0].lang, arts[0].encoding, errs
    ('ko', 'cp949', [])
    """
    articles: list[Article] = []
    errors: list[IngestError] = []
    for item in iter_articles(paths, lang=lang, published=published, stdin=stdin):
        (errors if isinstance(item, IngestError) else articles).append(item)
    return articles, errors


def decode_bytes(data: bytes, path: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a text file and return ``(text, encoding)``.

    Order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides and is dropped;
    then strict UTF-8; then ``declared`` (e.g. an HTML ``<meta charset>``);
    then charset-normalizer. CP949 is preferred over charset-normalizer's
    guess when it decodes to mostly Hangul, because short Korean inputs are
    often mistaken for Chinese code pages.

    Args:
        data: the raw bytes.
        path: the name used in error messages.
        declared: an encoding the file declares itself, tried after UTF-8.

    Returns:
        The decoded text (newlines untouched) and a Python codec name.

    Raises:
        IngestError: the data is empty/whitespace only or binary.

    >>> decode_bytes("한국어".encode("utf-16"), "x.txt")
    ('한국어', 'utf-16')
    >>> decode_bytes(b"\\xef\\xbb\\xbfhi", "x.txt")
    ('hi', 'utf-8-sig')
    >>> decode_bytes(b"\\x00\\x01\\x02", "x.bin")
    Traceback (most recent call last):
    kg.errors.IngestError: x.bin: binary file, not text
    """
    text, encoding = _decode(data, path, declared)
    if _strip(text, 0, len(text))[0] == len(text):
        raise IngestError(path, "empty file")
    return text, encoding


def detect_language(text: str) -> str:
    """Guess the language of ``text`` from the scripts of its letters.

    Digits, punctuation and symbols are ignored. Of the letters: a share of
    Hangul of at least 15% means ``'ko'`` (Korean news quotes many Latin
    names, and one syllable stands for several Latin letters); else kana of
    at least 10% means ``'ja'``; else Han of at least 30% means ``'zh'``; else
    the majority script decides (Cyrillic ``'ru'``, Greek ``'el'``, Arabic
    ``'ar'``, Hebrew ``'he'``, Thai ``'th'``, Devanagari ``'hi'``), and Latin or
    no letters at all gives ``'en'``.

    Args:
        text: any text.

    Returns:
        An ISO 639-1 code.

    >>> detect_language("서울시는 31일 Zhongguancun을 방문했다.")
    'ko'
    >>> detect_language("東京で会議が開かれた。"), detect_language("北京举行会议。"), detect_language("1234 !!")
    ('ja', 'zh', 'en')
    """
    counts: dict[str, int] = {}
    # Each distinct character once: a language test runs on every block of every article.
    for ch, n in Counter(text).items():
        script = _script(ch)
        if script:
            counts[script] = counts.get(script, 0) + n
    letters = sum(counts.values())
    if not letters:
        return "en"
    if counts.get("ko", 0) / letters >= 0.15:
        return "ko"
    if counts.get("ja", 0) / letters >= 0.10:
        return "ja"
    if counts.get("zh", 0) / letters >= 0.30:
        return "zh"
    return max(counts, key=lambda s: counts[s])


def content_blocks(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of ``text`` that are article content, page boilerplate left out.

    Every non-empty line is a candidate block, trimmed of surrounding
    whitespace, so a headline is never joined to the next line (lines that
    are hard-wrapped mid-sentence are joined). A line is dropped when it is

    - navigation/UI: short, no sentence-final punctuation, and almost all of
      its letters are UI, section, ad or code words;
    - code or markup leaking from the template;
    - an ad marker, an image credit, a copyright notice or a byline;
    - a page time stamp ("입력 ... | 수정 ...", "Updated 2 hours ago"), a
      teaser of another story ("Read more: ..."), a newsletter or comment
      box prompt, or a photo caption opened by "▲" and closed by a credit;
    - a column of three or more adjacent one- or two-word lines above the
      first paragraph (a section menu);
    - a "most read"/"related" heading or a wire sign-off ("Reporting by
      ...; Editing by ...") with the lines after it (everything after it
      when it follows the last paragraph, or is in the second half of the
      page with at most two paragraphs after it);
    - a trailing run of short link-like lines after the last paragraph;
    - a repeat of the line before it.

    Args:
        text: the article text (decoded file or extracted HTML text).
        lang: its language, which sets what counts as a sentence-like
            paragraph (words for spaced scripts, characters for CJK). The
            English and Korean vocabularies are both always applied.

    Returns:
        Sorted, non-overlapping ``(start, end)`` spans; ``text[start:end]``
        is a block.

    >>> page = "Menu  Search\\nTown opens library\\nThe town opened a library on Monday.\\n© 2025 Herald"
    >>> [page[s:e] for s, e in content_blocks(page, "en")]
    ['Town opens library', 'The town opened a library on Monday.']
    """
    lines = _line_spans(text)
    vocab = _vocabulary()
    keep: list[tuple[int, int]] = []
    previous = None
    total = len(text) or 1
    prose = [_is_prose(text[s:e], lang) for s, e in lines]
    last_prose = max((i for i, p in enumerate(prose) if p), default=-1)
    in_list = False
    menu = _menu_lines(text, lines, prose)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        key = " ".join(line.split()).casefold()
        repeated = key == previous
        previous = key
        if i in menu:
            continue
        if _is_tail_heading(line) or _is_sign_off(line):
            # Near the end of the page the rest is furniture; in the middle
            # (a related-links box) only the list under the heading is.
            prose_after = sum(prose[i + 1:])
            if i > last_prose or (start / total >= 0.5 and prose_after <= 2):
                break
            in_list = True
            continue
        if in_list:
            if not prose[i]:
                continue
            in_list = False
        if repeated or _is_boilerplate(line, vocab, lang):
            continue
        start, end = _trim_credit(text, start, end)
        keep.append((start, end))
    keep = _drop_trailing_links(text, keep, lang)
    return tuple(_join_wrapped(text, keep))


def article_from_text(
    text: str,
    *,
    id: str,
    source: str,
    lang: str | None = None,
    format: str = "txt",
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    encoding: str = "utf-8",
    clean: bool | None = None,
) -> Article:
    """Build an Article from decoded text, finding its content blocks.

    Args:
        text: the decoded text; kept exactly (offsets index it).
        id: the article id.
        source: the input as given (path or ``<stdin>``).
        lang: language override; detected from the content when ``None``.
        format: ``'txt'``, ``'html'`` or ``'jsonl'``.
        title: known title; for txt/html without one, the first block when
            it is short (< 200 chars) and does not end a sentence.
        url: source URL, if known.
        published: publication date; normalised to ``YYYY-MM-DD`` when it
            can be parsed, dropped otherwise.
        encoding: the encoding the input was decoded from.
        clean: remove page boilerplate; default ``True`` except for JSONL,
            whose text is clean body text (every non-empty line is a block).

    Returns:
        The Article, with ``content_hash`` the sha256 of ``text`` in UTF-8.

    Raises:
        IngestError: no content is left (empty text, or only boilerplate).

    >>> a = article_from_text("City fair opens\\nThe fair opened on Friday.", id="a", source="a.txt")
    >>> a.title, a.lang, [a.text[s:e] for s, e in a.blocks][1]
    ('City fair opens', 'en', 'The fair opened on Friday.')
    """
    if format not in _FORMAT_NAMES:
        raise ValueError(f"Unknown format {format!r}; expected one of {', '.join(map(repr, _FORMAT_NAMES))}.")
    if clean is None:
        clean = format != "jsonl"
    first_guess = lang or detect_language(text)
    blocks = content_blocks(text, first_guess) if clean else _line_spans(text)
    if not blocks:
        problem = "no article content left after removing page boilerplate" if text.strip() else "empty text"
        raise IngestError(source, problem)
    if lang is None:
        lang = detect_language(" ".join(text[s:e] for s, e in blocks))
        if lang != first_guess and clean:
            blocks = content_blocks(text, lang) or blocks
    if title is None and format != "jsonl":
        first = text[blocks[0][0]:blocks[0][1]]
        if len(first) < 200 and not _SENTENCE_END.search(first) and "\n" not in first:
            title = first
    return Article(
        id=id,
        text=text,
        lang=lang,
        source=source,
        blocks=blocks,
        title=_clean_str(title),
        url=_clean_str(url),
        published=_iso_date(published) if published else None,
        format=format,
        encoding=encoding,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


# ---------------------------------------------------------------------------
# Finding and reading inputs
# ---------------------------------------------------------------------------


def _known_exts() -> str:
    return ", ".join(sorted(FORMATS))


def _walk(directory: str) -> list[str]:
    """Known-format files under ``directory``, sorted, hidden entries skipped."""
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in FORMATS:
                found.append(os.path.join(root, name))
    return found


def _read_file(path: str, *, lang, published) -> Iterator[Article | IngestError]:
    ext = os.path.splitext(path)[1].lower()
    fmt = FORMATS.get(ext)
    if fmt is None:
        shown = f"'{ext}'" if ext else "no extension"
        yield IngestError(path, f"unknown file type ({shown}); expected one of {_known_exts()}")
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield IngestError(path, f"cannot read: {exc.strerror or exc}")
        return
    try:
        if fmt == "jsonl":
            text, encoding = decode_bytes(data, path)
            yield from _jsonl_articles(text, path, encoding, lang=lang, published=published)
        elif fmt == "html":
            yield _html_article(data, path, lang=lang, published=published)
        else:
            text, encoding = decode_bytes(data, path)
            yield article_from_text(
                text, id=path, source=path, lang=lang, format="txt",
                published=published, encoding=encoding,
            )
    except IngestError as exc:
        yield exc


def _read_stdin(stdin: BinaryIO | None, *, lang, published) -> Iterator[Article | IngestError]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield IngestError(STDIN_NAME, "standard input is not available")
        return
    try:
        data = stream.read()
        text, encoding = decode_bytes(data, STDIN_NAME)
        if _looks_like_jsonl(text):
            yield from _jsonl_articles(text, STDIN_NAME, encoding, lang=lang, published=published)
        else:
            yield article_from_text(
                text, id=STDIN_NAME, source=STDIN_NAME, lang=lang, format="txt",
                published=published, encoding=encoding,
            )
    except IngestError as exc:
        yield exc
    except OSError as exc:
        yield IngestError(STDIN_NAME, f"cannot read: {exc.strerror or exc}")


def _looks_like_jsonl(text: str) -> bool:
    """True when every non-blank line is a JSON object with ``id`` and ``text``."""
    lines = [line for line in text.split("\n") if line.strip()]
    for line in lines:
        try:
            obj = json.loads(line)
        except ValueError:
            return False
        if not isinstance(obj, dict) or "id" not in obj or "text" not in obj:
            return False
    return bool(lines)


def _jsonl_articles(text: str, path: str, encoding: str, *, lang, published) -> Iterator[Article | IngestError]:
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = _jsonl_record(line)
            if record["id"] in seen:
                raise ValueError(f"duplicate id {record['id']!r} (first used on line {seen[record['id']]})")
            seen[record["id"]] = number
            yield article_from_text(
                record["text"], id=record["id"], source=path,
                lang=lang or record.get("lang"), format="jsonl",
                title=record.get("title"), url=record.get("url"),
                published=published or record.get("published"), encoding=encoding,
            )
        except ValueError as exc:
            yield IngestError(where, str(exc))
        except IngestError as exc:
            yield IngestError(where, exc.problem)


def _jsonl_record(line: str) -> dict:
    """Parse and check one JSONL line; ValueError says what is wrong."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"invalid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object with 'id' and 'text', got {type(obj).__name__}")
    missing = [k for k in ("id", "text") if obj.get(k) in (None, "")]
    if missing:
        raise ValueError(f"missing required field {' and '.join(repr(k) for k in missing)}")
    if isinstance(obj["id"], int) and not isinstance(obj["id"], bool):
        obj["id"] = str(obj["id"])
    for key in ("id", "text", "lang", "title", "url", "published"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"field {key!r} must be a string, got {type(value).__name__} {value!r}")
    if not obj["text"].strip():
        raise ValueError("field 'text' is blank")
    if obj.get("lang"):
        try:
            obj["lang"] = _check_lang(obj["lang"])
        except UsageError as exc:
            raise ValueError(str(exc)) from None
    return obj


def _html_article(data: bytes, path: str, *, lang, published) -> Article:
    import trafilatura  # heavy import, only needed for HTML

    html, encoding = decode_bytes(data, path, declared=_declared_charset(data))
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False,
            # Only dates the page states as its own: the extensive search
            # guesses from any year in the text ("© 2020" -> 2020-01-01).
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises lxml errors on broken markup
        raise IngestError(path, f"cannot parse HTML: {exc}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise IngestError(path, "no article text found in HTML")
    heads = _headline_outside_body(html, getattr(doc, "title", None), text)
    if heads:
        text = "\n".join(heads) + "\n" + text
    return article_from_text(
        text, id=path, source=path, lang=lang, format="html",
        title=getattr(doc, "title", None), url=getattr(doc, "url", None),
        published=published or getattr(doc, "date", None), encoding=encoding,
    )


def _headline_outside_body(html: str, title: str | None, text: str) -> list[str]:
    """The page's headline and sub-headlines when the extracted text misses them.

    Why: trafilatura keeps the container with the most paragraphs, and many
    newspaper templates (Korean ones above all) print the headline and its
    sub-headlines in a header block outside it; the headline names the
    story's main actors, so losing it loses facts. Only an ``<h1>`` that is
    the page's own title counts (not a logo), with the ``<h2>``-``<h4>``
    right after it.
    """
    if not title:
        return []
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises several error types on broken markup
        return []
    wanted = " ".join(title.split()).casefold()
    known = {" ".join(line.split()).casefold() for line in text.splitlines()}
    for h1 in root.iter("h1"):
        head = " ".join(h1.text_content().split())
        if not head or head.casefold() != wanted or head.casefold() in known:
            continue
        found = [head]
        sibling = h1.getnext()
        while sibling is not None and isinstance(sibling.tag, str) and sibling.tag in ("h2", "h3", "h4"):
            sub = " ".join(sibling.text_content().split())
            if sub and sub.casefold() not in known:
                found.append(sub)
            sibling = sibling.getnext()
        return found
    return []


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes, path: str, declared: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                raise IngestError(path, f"cannot decode as {name} despite its byte-order mark") from None
    if b"\x00" in data:
        name = _bomless_utf16(data)
        if name is None:
            raise IngestError(path, "binary file, not text")
        return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    korean = _try_cp949(data)
    if korean is not None:
        return korean, "cp949"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "binary file, not text")
    name = codecs.lookup(best.encoding).name
    text = str(best)
    if _control_share(text) > 0.05:
        raise IngestError(path, "binary file, not text")
    return text, name


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NULs all sit in one byte column, else None."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    name = "utf-16-le" if odd and not even else "utf-16-be" if even and not odd else None
    if name is None:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    return name if _control_share(text) == 0 else None


def _try_cp949(data: bytes) -> str | None:
    """The CP949 decoding when it is mostly Hangul (Korean is a primary input)."""
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if ord(ch) > 0x7F]
    hangul = sum(1 for ch in wide if _script(ch) == "ko")
    return text if wide and hangul / len(wide) >= 0.8 and _control_share(text) == 0 else None


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\x0b\x0c")
    return bad / (len(text) or 1)


# ---------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------

_SCRIPT_RANGES = (
    (0xAC00, 0xD7A3, "ko"), (0x1100, 0x11FF, "ko"), (0x3130, 0x318F, "ko"),
    (0x3040, 0x30FF, "ja"), (0x31F0, 0x31FF, "ja"), (0xFF66, 0xFF9F, "ja"),
    (0x4E00, 0x9FFF, "zh"), (0x3400, 0x4DBF, "zh"), (0xF900, 0xFAFF, "zh"),
    (0x0400, 0x04FF, "ru"), (0x0370, 0x03FF, "el"), (0x0600, 0x06FF, "ar"),
    (0x0590, 0x05FF, "he"), (0x0E00, 0x0E7F, "th"), (0x0900, 0x097F, "hi"),
)


@lru_cache(maxsize=8192)
def _script(ch: str) -> str | None:
    """The language a letter's script points to, None for non-letters."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    if code < 0x0250:
        return "en"
    for low, high, lang in _SCRIPT_RANGES:
        if low <= code <= high:
            return lang
    return "en"


_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$")


def _check_lang(lang: str | None) -> str | None:
    if lang is None:
        return None
    code = lang.strip().lower().replace("_", "-")
    if not _LANG_CODE.match(code):
        raise UsageError(f"Invalid language code {lang!r}; expected an ISO 639 code such as 'en' or 'ko'.")
    return code


def _check_published(published: str | None) -> str | None:
    if published is None:
        return None
    iso = _iso_date(published)
    if iso is None:
        raise UsageError(
            f"Invalid publication date {published!r}; expected a date such as "
            "'2025-04-12', '2025.4.12', '2025년 4월 12일' or 'April 12, 2025'."
        )
    return iso


# ---------------------------------------------------------------------------
# Dates and small helpers
# ---------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}
_YMD = re.compile(r"(?<!\d)(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?!\d)")
_YMD_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def _iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for the first date in ``value``, None when there is none."""
    if not value:
        return None
    value = value.strip()
    candidates = []
    if m := _YMD.search(value):
        candidates.append((m.group(1), m.group(2), m.group(3)))
    if m := _YMD_COMPACT.match(value):
        candidates.append((m.group(1), m.group(2), m.group(3)))
    if m := _MDY.search(value):
        candidates.append((m.group(3), _MONTHS.get(m.group(1).lower()), m.group(2)))
    if m := _DMY.search(value):
        candidates.append((m.group(3), _MONTHS.get(m.group(2).lower()), m.group(1)))
    for year, month, day in candidates:
        try:
            return _dt.date(int(year), int(month), int(day)).isoformat()
        except (TypeError, ValueError):
            continue
    return None


def _clean_str(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace and zero-width characters."""
    while start < end and (text[start].isspace() or text[start] in _EXTRA_SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EXTRA_SPACE):
        end -= 1
    return start, end


def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Trimmed spans of the non-empty lines of ``text``."""
    spans = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        spans.append(_strip(text, start, match.start()))
        start = match.end()
    spans.append(_strip(text, start, len(text)))
    return tuple((s, e) for s, e in spans if e > s)


# ---------------------------------------------------------------------------
# Line features for boilerplate removal
# ---------------------------------------------------------------------------


def _vocabulary() -> re.Pattern:
    """One regex matching any UI/ad/code word, longest first (built once).

    Both languages' words are always used: a page's chrome is often in
    another language than its article (an English story on a Korean portal),
    and a Korean UI word never makes up an English line by accident.
    """
    global _VOCAB
    if _VOCAB is None:
        words = set(UI_WORDS_EN) | set(UI_WORDS_KO) | set(AD_WORDS) | set(CODE_WORDS)
        parts = []
        for word in sorted(words, key=len, reverse=True):
            escaped = re.escape(word).replace(r"\ ", r"\s*")
            # Latin words need word edges ("ad" must not match "adds"), but
            # may touch Hangul ("Dim영역", "top버튼"); Hangul words need none.
            if word[0].isascii():
                escaped = rf"(?<![A-Za-z]){escaped}(?![A-Za-z])"
            parts.append(escaped)
        _VOCAB = re.compile("|".join(parts), re.IGNORECASE)
    return _VOCAB


_VOCAB: re.Pattern | None = None


def _letters(s: str) -> int:
    return len(_LETTER.findall(s))


def _is_prose(line: str, lang: str = "en") -> bool:
    """A sentence-like paragraph: ends a sentence and has a few words.

    Languages written with few spaces (Chinese, Japanese) or long words
    (Korean eojeol) are judged by characters, not words.
    """
    if not _SENTENCE_END.search(line):
        return False
    if lang in _CJK:
        return len(line) >= 15
    return len(line.split()) >= 5


_CJK = ("ko", "ja", "zh")


def _is_boilerplate(line: str, vocab: re.Pattern, lang: str) -> bool:
    lowered = line.casefold()
    letters = _letters(line)
    short = len(line) <= 80
    final = bool(_SENTENCE_END.search(line))
    if letters == 0:
        return True  # separators, bullets, bare numbers
    if len(line) < 300 and (any(m in lowered for m in COPYRIGHT_MARKERS) or re.match(r"(copyright|\(c\))\b", lowered)):
        return True
    if short and not final:
        residue = _letters(vocab.sub("", line))
        if residue <= 0.2 * letters:
            return True
    if _is_code(line, lang):
        return True
    if _is_credit(line, lowered, lang):
        return True
    if _is_byline(line, lowered, final):
        return True
    if _is_timestamp(line, letters):
        return True
    if _is_teaser(line, lowered, lang):
        return True
    if _is_reader_pitch(line, lowered):
        return True
    if _is_comment_prompt(line, lowered):
        return True
    return False


# A comment box addressing the reader: it names comments and asks the reader
# to log in or act ("로그인하고 댓글 작성", "Be the first to comment").
_COMMENT_WORD = re.compile(r"댓글|\bcomments?\b")
_COMMENT_CALL = re.compile(r"로그인|세요|주세요|\blog\s*in\b|\bsign\s*in\b|\bplease\b|\bbe the first\b|\bjoin the\b")


def _is_comment_prompt(line: str, lowered: str) -> bool:
    """A prompt of the comment section: "로그인하고 댓글 작성", "Be the first to comment".

    Why: the comment box under a story is page furniture, but its prompts
    join UI words with particles ("-하고", "to") that the vocabulary test
    counts as content. A headline about comments ("악성 댓글 작성자 처벌")
    does not ask the reader to log in or act, so it stays.
    """
    if len(line) > 60 or re.search(r"[\"“”'‘’]", line):
        return False  # a quoted remark about comments is story text
    return bool(_COMMENT_WORD.search(lowered) and _COMMENT_CALL.search(lowered))


def _is_timestamp(line: str, letters: int) -> bool:
    """A dateline of the page, not of the story: "입력 2026.03.02 10:15 | 수정 ...".

    Why: sites print when a story was posted and updated on a line of its
    own; the numbers are not news and the labels ("입력", "Updated") are not
    words any extractor should read. The line must hold a digit and nothing
    but time words, so a headline with a date in it ("3일 개막") stays.
    """
    if len(line) > 100 or not re.search(r"\d", line) or _SENTENCE_END.search(line):
        return False
    # A bare date ("Monday, August 3, 2020") is kept: it is the story's own
    # date on many sites; a stamp has a clock time or a posting label.
    if not (_CLOCK.search(line) or _STAMP_LABEL.search(line)):
        return False
    return _letters(_timestamp_vocabulary().sub("", line)) <= 0.2 * letters


def _timestamp_vocabulary() -> re.Pattern:
    global _TIMESTAMP_VOCAB
    if _TIMESTAMP_VOCAB is None:
        parts = []
        for word in sorted(TIMESTAMP_WORDS, key=len, reverse=True):
            escaped = re.escape(word).replace(r"\ ", r"\s*")
            parts.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if word[0].isascii() else escaped)
        _TIMESTAMP_VOCAB = re.compile("|".join(parts), re.IGNORECASE)
    return _TIMESTAMP_VOCAB


_TIMESTAMP_VOCAB: re.Pattern | None = None
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_STAMP_LABEL = re.compile(
    r"입력|수정|승인|등록|발행|송고|업데이트|(?i:\b(?:published|updated|posted|modified|ago)\b)"
)


def _is_teaser(line: str, lowered: str, lang: str) -> bool:
    """A link to another story set into the body: "Read more: <its headline>".

    Why: sites splice teasers of other stories between paragraphs; the
    headline after the label names other people and places. A label
    followed by a real sentence ("More: the council said ... .") is kept.
    """
    if len(line) > 160 or _is_prose(line, lang):
        return False
    match = _TEASER.match(lowered)
    return bool(match) and _letters(lowered[match.end():]) > 0


_TEASER = re.compile(
    r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(TEASER_LABELS, key=len, reverse=True))
    + r")\s*[:：>»|▶]"
)
# A newsletter, app or sign-up pitch: a subscription word ...
_PITCH_WORDS = re.compile(
    r"\b(?:sign(?:ing)?[\s-]?up|subscribe|subscription|newsletters?|inbox|terms of (?:use|service)|privacy policy)\b"
)
# ... addressed to the reader by the site ("your inbox", "our newsletter").
_PITCH_ADDRESS = re.compile(r"\b(?:you|your|our)\b|^(?:sign up|subscribe|register)\b")


def _is_reader_pitch(line: str, lowered: str) -> bool:
    """A newsletter sign-up box: "Sign up for our daily briefing", "By signing up you agree ...".

    Why: these lines are written to the reader about the site, so they are
    never news, yet they are full sentences the prose tests would keep. A
    line quoting someone (quotes, "said") is story text about a
    subscription and stays.
    """
    if len(line) > 200 or re.search(r"[\"“”]|\bsaid\b|\bsays\b", lowered):
        return False
    return bool(_PITCH_WORDS.search(lowered) and _PITCH_ADDRESS.search(lowered))


def _is_sign_off(line: str) -> bool:
    """A wire credit closing the story: "Reporting by A; Editing by B".

    Why: wire services end every story with who reported and who edited it,
    so what follows on a copied page (standards notes, footers) is
    furniture, even when it reads as a sentence.
    """
    lowered = line.casefold()
    return len(line) <= 200 and "editing by" in lowered and _is_byline(line, lowered, bool(_SENTENCE_END.search(line)))


def _menu_lines(text: str, lines: tuple[tuple[int, int], ...], prose: list[bool]) -> set[int]:
    """Indexes of a menu above the story: three or more adjacent one- or two-word lines.

    Why: a site's section menu copied from a page becomes a column of short
    labels ("뉴스", "IT/과학", "Markets", "Sustainability"), many of them not
    in any vocabulary. A headline or sub-headline is longer or stands apart,
    and only lines before the first paragraph are judged, so short lines
    inside the story (table cells, lists) stay.
    """
    first_prose = next((i for i, p in enumerate(prose) if p), None)
    menu: set[int] = set()
    if first_prose is None:
        return menu  # no paragraph to tell the story from its menu
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            menu.update(run)

    for i in range(first_prose):
        start, end = lines[i]
        line = text[start:end]
        item = len(line) <= 20 and len(line.split()) <= 2 and not _SENTENCE_END.search(line) and not re.search(r"\d", line)
        adjacent = bool(run) and text.count("\n", lines[run[-1]][1], start) <= 1
        if item and adjacent:
            run.append(i)
            continue
        close()
        run = [i] if item else []
    close()
    return menu


def _is_code(line: str, lang: str) -> bool:
    if len(line) <= 120 and _CODE_SYNTAX.search(line) and not _is_prose(line, lang):
        return True
    # A code word standing alone in a line of another script ("... class").
    if detect_language(line) in _CJK and len(line) <= 80 and not _SENTENCE_END.search(line):
        latin = re.findall(r"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])", line)
        return any(word.lower() in CODE_WORDS for word in latin)
    return False


def _is_credit(line: str, lowered: str, lang: str) -> bool:
    # Why: a caption opened by an arrow pointing up at its photo and closed by
    # a credit ("▲ 주민들이 ... /사진=군 제공") describes a picture, in the
    # present progressive ("...하고 있다"), and repeats or strays from the
    # story; a bulleted list ("▲기술 협력 ▲인력 교류") carries no credit.
    if _CAPTION_MARK.match(line) and (_SLASH_CREDIT.search(line) or _trailing_credit(line)):
        return True
    bracketed = _BRACKETED.match(line)
    if bracketed:
        inner = bracketed.group(1).casefold()
        if "=" in inner or any(w in inner for w in CREDIT_WORDS):
            return True
    if len(line) <= 120 and not _is_prose(line, lang):
        if re.match(r"(photo|photograph|image|picture|illustration|credit|graphic)s?\s*(by\b|:|/)", lowered):
            return True
        if re.match(r"(사진|이미지|그래픽|자료)\s*(출처)?\s*[=:/]", line):
            return True
        if re.search(r"/\s*(getty images|shutterstock|ap|afp|reuters|epa|yonhap)\b", lowered) or "getty images" in lowered:
            return True
    return False


def _is_byline(line: str, lowered: str, final: bool) -> bool:
    if len(line) > 100:
        return False
    without_contacts = _URL.sub("", _EMAIL.sub("", line))
    if _EMAIL.search(line) and not final and len(without_contacts.split()) <= 8:
        return True
    if not final and len(line) <= 60 and _KO_BYLINE.search(line):
        return True
    if not final and len(line.split()) <= 12 and _EN_BYLINE.match(line):
        return True
    # A line that is only a link.
    if _URL.search(line) and _letters(without_contacts) <= 0.2 * _letters(line):
        return True
    return False


def _is_tail_heading(line: str) -> bool:
    """True for a "most read"/"related news" box heading.

    The heading must stand alone as a phrase: "Most read" or "Related
    articles:" but not "Most readers said ..." or "Recommended daily intake
    rises"; "관련 기사" but not "관련 기사에 따르면".
    """
    if len(line) > 200:
        return False
    lowered = " ".join(line.casefold().split())
    for heading in TAIL_HEADINGS_EN + TAIL_HEADINGS_KO:
        match = _heading_pattern(heading).search(lowered)
        if match is None:
            continue
        if match.start() > 0:
            # Inside a short line ("한 눈에 보는 오늘의 이슈"); Latin headings
            # are too common as plain words for this.
            if not heading.isascii() and len(line) <= 40 and not _SENTENCE_END.search(line):
                return True
            continue
        rest = lowered[match.end():]
        if not heading.isascii() or not rest.strip(" :|-–—!·>»") or not rest.startswith(" "):
            return True
        if " " in heading and len(line) <= 40 and not _SENTENCE_END.search(line):
            return True
    return False


def _heading_pattern(heading: str) -> re.Pattern:
    """The heading as a phrase: flexible spaces, no letter right after it."""
    if heading not in _HEADING_CACHE:
        body = re.escape(heading).replace(r"\ ", r"\s*")
        before = r"(?<![^\W\d_])" if heading.isascii() else ""
        _HEADING_CACHE[heading] = re.compile(rf"{before}{body}(?![^\W\d_])")
    return _HEADING_CACHE[heading]


_HEADING_CACHE: dict[str, re.Pattern] = {}


def _trailing_credit(line: str) -> re.Match | None:
    """The bracketed credit ending a caption line ("... [사진=군 제공]"), if any."""
    match = _TRAILING_CREDIT.search(line)
    if match and match.start() > 0:
        inner = match.group(1).casefold()
        if "=" in inner or any(inner.startswith(w) for w in CREDIT_WORDS):
            return match
    return None


def _trim_credit(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a bracketed or slashed credit ("/사진=군 제공") off the end of a caption line."""
    line = text[start:end]
    match = _trailing_credit(line) or _SLASH_CREDIT.search(line)
    if match and match.start() > 0:
        return _strip(text, start, start + match.start())
    return start, end


def _drop_trailing_links(text: str, blocks: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Drop a run of two or more short non-sentence lines after the last paragraph."""
    lines = [text[s:e] for s, e in blocks]
    last = max((i for i, line in enumerate(lines) if _is_prose(line, lang)), default=-1)
    tail = lines[last + 1:]
    if last >= 0 and len(tail) >= 2 and all(len(t) <= 100 and not _HAS_SENTENCE.search(t) for t in tail):
        return blocks[: last + 1]
    return blocks


def _join_wrapped(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a hard-wrapped line to the next line when the sentence clearly runs on."""
    joined: list[tuple[int, int]] = []
    for start, end in blocks:
        if joined:
            prev_start, prev_end = joined[-1]
            gap = text[prev_end:start]
            prev = text[prev_start:prev_end]
            runs_on = (
                gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1
                and len(prev) >= 40
                and not _SENTENCE_END.search(prev)
                and (text[start].islower() or prev[-1] in ",;-–")
            )
            if runs_on:
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined
