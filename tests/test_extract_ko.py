"""Tests for the Korean extractor (kg/extract/ko.py).

The fixture articles ``tests/data/ko/governor_visit.txt``, ``trade_mission.txt``,
``governor_vietnam_wire.txt`` (a wire story), ``ministry_policy_release.txt`` (a press
release), ``state_visit_abroad.txt`` (a president's state visit) and ``plant_groundbreaking.txt``
(a plant's groundbreaking) are invented (people, companies and places); the seed article is read from
``../shared`` and the test is skipped when it is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import _REGISTRY
from kg.extract.ko import (
    KoreanExtractor,
    _Cand,
    _date_value,
    _event_host,
    _head_type,
    _join_abbreviated_country,
    _one_type_per_name,
    _tidy,
    name_key,
)
from kg.records import Article

DATA = Path(__file__).resolve().parent / "data" / "ko"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "로", "으로", "도")
QUOTES = "'\"‘’“”「」『』"


def make_article(text: str, doc_id: str = "t", blocks=None) -> Article:
    """An Article whose blocks are its non-empty lines (no ingest needed)."""
    if blocks is None:
        blocks = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip())
    return Article(id=doc_id, text=text, lang="ko", source=f"{doc_id}.txt", blocks=blocks)


@pytest.fixture(scope="session")
def extractor() -> KoreanExtractor:
    return KoreanExtractor()


def _extract_file(extractor, path: Path, doc_id: str | None = None):
    """Extract one of our fixture articles, under ``doc_id`` (the file's stem by default)."""
    return extractor.extract(make_article(path.read_text(encoding="utf-8"), doc_id or path.stem))


@pytest.fixture(scope="session")
def governor(extractor):
    return _extract_file(extractor, DATA / "governor_visit.txt", "governor")


def _mentions(ex, text):
    return [m for m in ex.mentions if m.text == text]


def test_registered_under_ko():
    assert _REGISTRY["ko"] is KoreanExtractor
    assert KoreanExtractor.name == "ko.kiwi.v1"


@pytest.mark.parametrize(
    "text, type_",
    [
        ("한도윤", "Person"),
        ("탄메이린", "Person"),
        ("김하람", "Person"),
        ("경남", "Place"),
        ("싱가포르", "Place"),
        ("경상남도", "Place"),
        ("용관촌", "Place"),
        ("벨로라 사이언스파크", "Facility"),
        ("솔빛 혁신센터", "Facility"),
        ("다온 로봇연구센터", "Facility"),
        ("경남 로봇클러스터", "Facility"),
        ("그린텍", "Organization"),
        ("한빛전자", "Organization"),
        ("누리바이오", "Organization"),
        ("싱가포르 경제개발청", "Organization"),
        ("싱가포르 국립대학교", "Organization"),
        ("아라온", "Product"),
        ("경남 로봇산업 육성계획", "Plan"),
        ("지난 12일", "Date"),
        ("2016년 3월", "Date"),
        ("180m", "Quantity"),
        ("2.5만㎡", "Quantity"),
        ("40여개", "Quantity"),
    ],
)
def test_fixture_mentions_typed(governor, text, type_):
    found = _mentions(governor, text)
    assert found, f"no mention {text!r}"
    assert {m.type for m in found} == {type_}


def test_offsets_exact_and_no_particles_or_quotes(governor):
    text = governor.article.text
    for m in governor.mentions:
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip() and m.text[0] not in QUOTES and m.text[-1] not in QUOTES
        assert m.lang == "ko" and m.extractor == "ko.kiwi.v1" and 0 < m.score <= 1
        if m.type not in ("Date", "Quantity", "Person"):
            # the character after a name is its particle, never inside it
            assert not any(m.text.endswith(p) and text[m.end : m.end + 1] == " " for p in ("을", "를", "은", "는")), m


def test_mentions_do_not_overlap(governor):
    spans = sorted((m.start, m.end) for m in governor.mentions)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2


def test_only_an_event_host_nests_in_another_mention(extractor):
    text = "지난달 열린 밴쿠버 국제로봇박람회에는 40개국 기업이 참가했다. 한빛당 전당대회는 다음 달 대전에서 열린다."
    ex = extractor.extract(make_article(text))
    for a in ex.mentions:
        for b in ex.mentions:
            if a is not b and a.start < b.end and b.start < a.end:
                outer, inner = (a, b) if a.end - a.start > b.end - b.start else (b, a)
                assert outer.type == "Event" and inner.start == outer.start, (a, b)


@pytest.mark.parametrize(
    "text, host, type_, event",
    [
        ("지난달 열린 밴쿠버 국제로봇박람회에는 40개국 기업이 참가했다.", "밴쿠버", "Place", "밴쿠버 국제로봇박람회"),
        ("제3회 청주공예축제가 어제 개막했다.", "청주", "Place", "청주공예축제"),  # written as one word
        ("한빛당 전당대회는 다음 달 대전에서 열린다.", "한빛당", "Organization", "한빛당 전당대회"),  # a party's head noun
    ],
)
def test_the_place_or_body_an_event_is_named_after_hosts_it(extractor, text, host, type_, event):
    got, ex = _typed(extractor, text)
    assert (host, type_) in got and (event, "Event") in got
    assert (host, event) in _facts(extractor, text, "hosts")


@pytest.mark.parametrize(
    "text, event",
    [
        ("아시아 수소 엑스포가 다음 달 열린다.", "아시아 수소 엑스포"),  # a continent hosts nothing
        ("유럽 배터리 박람회에 기업들이 참가했다.", "유럽 배터리 박람회"),
        ("일본 로봇 박람회에 기업들이 참가했다.", "일본 로봇 박람회"),  # a country naming the subject's scope
    ],
)
def test_a_continent_or_country_opening_an_event_name_does_not_host_it(extractor, text, event):
    got, _ = _typed(extractor, text)
    assert (event, "Event") in got
    assert not {s for s, e in _facts(extractor, text, "hosts") if e == event}


def test_a_country_just_before_the_event_head_hosts_it(extractor):
    assert ("브라질", "브라질 월드컵") in _facts(extractor, "브라질 월드컵이 개막했다.", "hosts")


@pytest.mark.parametrize("event", ["세계 로봇 박람회", "과학페스티벌", "전당 대회", "2030 세계박람회"])
def test_an_event_named_by_common_nouns_has_no_host(event):
    text = f"올해 {event}가 열린다."
    doc, _ = KoreanExtractor(use_model=False).analyse(make_article(text))
    s = text.index(event)
    assert _event_host(doc, _Cand(s, s + len(event), "Event", 0.7, 1, "proper"), {}) is None


def test_name_with_and_without_spaces_groups(governor):
    spaced = _mentions(governor, "벨로라 사이언스파크")
    joined = _mentions(governor, "벨로라사이언스파크")
    assert spaced and joined
    assert {m.name for m in spaced + joined} == {"벨로라 사이언스파크"}  # the most frequent written form


def test_recurring_unknown_name_found_everywhere(governor):
    # kiwipiepy splits this invented name into single syllables; it recurs,
    # so every occurrence becomes a mention.
    text = governor.article.text
    assert len(_mentions(governor, "용관촌")) == text.count("용관촌") == 2


@pytest.mark.parametrize("word", ["연합뉴스", "랜드마크", "사진"])
def test_boilerplate_words_are_not_entities(governor, word):
    assert not [m for m in governor.mentions if word in m.text]


def test_person_span_excludes_title(governor):
    text = governor.article.text
    for m in _mentions(governor, "한도윤"):
        assert text[m.end :].startswith((" 경남도지사", " 경남지사"))


def test_surname_title_aliases_point_to_full_name(governor):
    aliases = governor.aliases
    assert len(aliases) == 4
    for alias, antecedent in aliases:
        assert alias.text == "한" and alias.type == "Person"
        assert antecedent.text == "한도윤" and alias.name == antecedent.name
        assert governor.article.text[alias.end :].startswith(" 지사")


@pytest.mark.parametrize(
    "subject, predicate, obj, value",
    [
        ("한도윤", "holdsOffice", "경남", "경남도지사"),
        ("탄메이린", "holdsOffice", "싱가포르 국립대학교", "총장"),
        ("한도윤", "visited", "벨로라 사이언스파크", None),
        ("한도윤", "visited", "다온 로봇연구센터", None),
        ("한도윤", "visited", "싱가포르 국립대학교", None),
        ("한도윤", "metWith", "탄메이린", None),
        ("벨로라 사이언스파크", "locatedIn", "싱가포르", None),
        ("솔빛 혁신센터", "locatedIn", "벨로라 사이언스파크", None),
        ("다온 로봇연구센터", "locatedIn", "용관촌", None),
        ("벨로라 사이언스파크", "originOf", "그린텍", None),
        ("벨로라 사이언스파크", "originOf", "누리바이오", None),
        ("다온 로봇연구센터", "establishedBy", "그린텍", None),
        ("다온 로봇연구센터", "establishedBy", "한빛전자", None),
        ("다온 로봇연구센터", "establishedBy", "누리바이오", None),
        ("다온 로봇연구센터", "establishedBy", "싱가포르 경제개발청", None),
        ("다온 로봇연구센터", "unveiled", "아라온", None),
        ("경상남도", "develops", "경남 로봇클러스터", None),
        ("솔빛 혁신센터", "establishedDate", None, "2016-03"),
        ("솔빛 혁신센터", "lengthMetres", None, "180"),
        ("솔빛 혁신센터", "areaSquareMetres", None, "25000"),
    ],
)
def test_fixture_relations(governor, subject, predicate, obj, value):
    def same(m, name):
        return m is not None and name_key(m.name) == name_key(name)

    hits = [
        r
        for r in governor.relations
        if r.predicate == predicate
        and same(r.subject, subject)
        and (obj is None and r.object is None or same(r.object, obj))
        and (value is None or r.value == value)
    ]
    assert hits, f"missing {subject} {predicate} {obj or value}"
    for r in hits:
        assert 0 < r.score <= 1 and r.extractor == "ko.kiwi.v1"
        sent = r.sentence
        assert governor.article.text[sent.start : sent.end] == sent.text
        target = r.object if r.object is not None else r.subject
        assert sent.start <= target.start and target.end <= sent.end


def test_announced_plan(governor):
    plans = [r for r in governor.relations if r.predicate == "announced"]
    assert [(r.subject.text, r.object.type) for r in plans] == [("경상남도", "Plan")]


def test_literal_relations_have_datatypes(governor):
    for r in governor.relations:
        if r.object is None:
            assert r.value and r.datatype in ("decimal", "gYearMonth", "gYear", "date")


def test_no_relation_with_boilerplate_or_descriptions(governor):
    # "싱가포르 과학단지" in the headline describes, it does not name.
    assert not [m for m in governor.mentions if "과학단지" in m.text]


@pytest.fixture(scope="session")
def trade(extractor):
    return _extract_file(extractor, DATA / "trade_mission.txt", "trade")


@pytest.mark.parametrize(
    "text, type_",
    [
        ("정민호", "Person"),  # "<name> <ministry> <title>"
        ("응우옌 반 탕", "Person"),  # a foreign name of three words, before "<country> <ministry> <title>"
        ("산업통상자원부", "Organization"),
        ("베트남 산업무역부", "Organization"),
        ("한솔전자", "Organization"),
        ("한솔전자 생산공장", "Facility"),  # a company's factory names a facility
        ("하람반도체 연구개발센터", "Facility"),
        ("박닌성", "Place"),  # "…에 위치한": where things lie is a place
        ("호찌민시", "Place"),
        ("하노이 국립대학교", "Organization"),
    ],
)
def test_trade_mission_mentions_typed(trade, text, type_):
    assert type_ in {m.type for m in trade.mentions if m.text == text}, text


@pytest.mark.parametrize(
    "subject, predicate, obj",
    [
        ("정민호", "holdsOffice", "산업통상자원부"),
        ("응우옌 반 탕", "holdsOffice", "베트남 산업무역부"),
        ("정민호", "visited", "베트남 하노이"),
        ("정민호", "metWith", "응우옌 반 탕"),
        ("정민호", "visited", "한솔전자 생산공장"),  # by "정 장관", an alias of the full name
        ("정민호", "visited", "하노이 국립대학교"),
        ("한솔전자 생산공장", "locatedIn", "박닌성"),
        # "A(KOTRA)와 B는 … 발표했다": both announced it; the acronym is A's alias.
        ("대한무역투자진흥공사", "announced", "한-베 산업협력 로드맵"),
        ("베트남 투자청", "announced", "한-베 산업협력 로드맵"),
    ],
)
def test_trade_mission_relations(trade, subject, predicate, obj):
    full = {(a.start, a.end): b.name for a, b in trade.aliases}  # "KOTRA" stands for its full name

    def name(m):
        return full.get((m.start, m.end), m.name)

    facts = {(name(r.subject), r.predicate, name(r.object)) for r in trade.relations if r.object is not None}
    assert (subject, predicate, obj) in facts


def test_trade_mission_planned_visit_and_minister_body_are_not_facts(trade):
    facts = {(r.subject.name, r.predicate, r.object.name) for r in trade.relations if r.object is not None}
    assert not [f for f in facts if f[1] == "visited" and "하람반도체" in f[2]]  # "방문할 예정이다"
    assert not [f for f in facts if f[1] == "metWith" and f[2] == "베트남 산업무역부"]  # the minister's, not a partner
    assert "하노이" not in {m.text for m in trade.mentions if m.type == "Person"}


def test_only_blocks_are_read(extractor):
    text = "본문 바로가기\n김도현 시장은 해솔시청을 방문했다.\n많이 본 뉴스 박지성 교수"
    second = text.index("김도현")
    ex = extractor.extract(make_article(text, "b", blocks=((second, text.index("\n많이")),)))
    assert [m.text for m in ex.mentions if m.type == "Person"] == ["김도현"]
    assert all(second <= m.start for m in ex.mentions)
    assert all(second <= s.start for s in ex.sentences)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("김민재 교수가 발표했다.", [("김민재", "Person")]),
        ("경찰에 따르면 김씨는 현장에 있었다.", [("경찰", "Organization"), ("김", "Person")]),
        ("A씨는 당시 집에 있었다.", [("A", "Person")]),
        ("국방부와 기상청은 자료를 냈다.", [("국방부", "Organization"), ("기상청", "Organization")]),
        ("경기도 포천시 영북면에서 불이 났다.", [("경기도 포천시 영북면", "Place")]),
        ("이 회사는 신형 스마트폰 '누리폰'을 출시했다.", [("누리폰", "Product")]),
        # A vehicle before a quoted name makes it a product.
        ("한빛모터스는 수소 트럭 '가온리'를 공개했다.", [("한빛모터스", "Organization"), ("가온리", "Product")]),
        ("이 회사는 전기 버스 '다솜'과 굴착기 '세리온'을 선보였다.", [("다솜", "Product"), ("세리온", "Product")]),
        # ... but not a name that merely ends like one (a channel, 투니버스).
        ("그는 투니버스 '한빛라디오'에 출연했다.", [("한빛라디오", "Organization")]),
        ("박서준 서울시장은 中 방문을 마쳤다.", [("박서준", "Person"), ("서울", "Place"), ("中", "Place")]),
        # A small town's name with a title after it is a person ("Cary" is a US town).
        ("회담을 마친 케리 장관은 서울을 떠났다.", [("케리", "Person"), ("서울", "Place")]),
        # The name after a party is its member, whatever the list around it holds.
        ("이날 회의에는 한빛당 김서준, 미래연합 이도윤 의원이 참석했다.",
         [("한빛당", "Organization"), ("김서준", "Person"), ("미래연합", "Organization"), ("이도윤", "Person")]),
        # Common nouns that end in a body's or a place's suffix are no names.
        ("두 팀은 무승부를 거뒀고 그는 변경신청을 냈다.", []),
        ("그의 '돌직구' 발언과 '만족도' 조사가 화제가 됐다.", []),
        # A word listed after a compound of common nouns is one too, unless a title names a person.
        ("이 센터는 청년에게 창업교육, 멘토링을 지원한다.", []),
        ("이 단체는 법률상담, 박서준 변호사의 강연을 열었다.", [("박서준", "Person")]),
    ],
)
def test_short_sentences(extractor, sentence, expected):
    ex = extractor.extract(make_article(sentence))
    got = [(m.text, m.type) for m in ex.mentions if m.type not in ("Date", "Quantity")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Latin-script names inside Korean text are read whole, typed by an
        # English head noun or by the Korean title after them.
        ("김 시장은 Lyon Harbor Science Center를 방문했다.", ("Lyon Harbor Science Center", "Facility")),
        ("그는 Claire Moreau 센터장과 만났다.", ("Claire Moreau", "Person")),
        ("행사에는 Jean-Paul Martin 교수도 참석했다.", ("Jean-Paul Martin", "Person")),
        ("양측은 Renault Group 관계자들과 간담회를 열었다.", ("Renault Group", "Organization")),
        ("두 도시는 Lyon Tech Week 기간에 다시 만난다.", ("Lyon Tech Week", "Event")),
        ("그는 Bank of Korea 출신이다.", ("Bank of Korea", "Organization")),
    ],
)
def test_latin_script_names_in_korean_text(extractor, sentence, expected):
    ex = extractor.extract(make_article(sentence))
    assert expected in [(m.text, m.type) for m in ex.mentions]
    name = expected[0]
    assert not [m.text for m in ex.mentions if m.text != name and m.text in name]  # no single words of it


def test_latin_person_holds_the_office_of_the_body_before_it(extractor):
    ex = extractor.extract(make_article("그는 누리전자의 Sam Altman 대표도 만났다."))
    assert ("Sam Altman", "holdsOffice", "누리전자", "대표") in [
        (r.subject.text, r.predicate, r.object.text if r.object else None, r.value) for r in ex.relations
    ]


@pytest.mark.parametrize(
    "sentence, cut, grown",
    [
        # A name the CRF ends before the head noun written on after it.
        ("누리시는 드론인공지능과학관 개관을 앞두고 있다.", "드론인공지능", ("드론인공지능과학관", "Facility")),
        ("그는 솔빛바이오그룹 회장이다.", "솔빛바이오", ("솔빛바이오그룹", "Organization")),
        # The CRF tags syllables and may stop inside a noun ("회의소"): the name grows over all of it.
        ("한빛상공회의소는 포럼을 열었다.", "한빛상공회", ("한빛상공회의소", "Organization")),
        # Nothing more to take: a particle, a space, or a noun that is no head.
        ("드론인공지능은 빠르게 자란다.", "드론인공지능", ("드론인공지능", None)),
        ("드론인공지능 체험관을 짓는다.", "드론인공지능", ("드론인공지능", None)),
        ("드론인공지능기술이 자란다.", "드론인공지능", ("드론인공지능", None)),
    ],
)
def test_crf_names_grow_to_the_head_noun_written_after_them(sentence, cut, grown):
    from kg.extract.ko import _Doc, _grow_to_head, _kiwi

    doc = _Doc(make_article(sentence), _kiwi())
    start = sentence.index(cut)
    end, typ = _grow_to_head(doc, start + len(cut))
    assert (sentence[start:end], typ) == grown


@pytest.mark.parametrize(
    "sentence, cut, whole",
    [
        ("그는 베이징시 도시계획을 들었다.", "베이", "베이징"),  # cut through a known place
        ("그는 베이징시 도시계획을 들었다.", "베이징", "베이징"),  # already whole
        ("그는 누리봄시 도시계획을 들었다.", "누리", "누리"),  # an unknown word is left to the CRF
    ],
)
def test_crf_names_never_cut_through_a_known_place(sentence, cut, whole):
    from kg.extract.ko import _Doc, _kiwi, _whole_known_places

    doc = _Doc(make_article(sentence), _kiwi())
    start = sentence.index(cut)
    s, e = _whole_known_places(doc, start, start + len(cut))
    assert sentence[s:e] == whole


@pytest.mark.parametrize(
    "sentence, person, place",
    [
        # "<place> <name> <title>": the place of the office is its own word.
        ("한빛시 김하늘 시장은 리옹을 방문했다.", "김하늘", "한빛"),
        ("솔매군 박도윤 군수는 행사에 참석했다.", "박도윤", "솔매군"),
        ("경기도 이서진 지사는 도청에서 말했다.", "이서진", "경기도"),
    ],
)
def test_jurisdiction_written_apart_from_the_title(extractor, sentence, person, place):
    ex = extractor.extract(make_article(sentence))
    types = {m.text: m.type for m in ex.mentions}
    assert types[person] == "Person" and types[place] == "Place"
    offices = [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "holdsOffice" and r.object]
    assert (person, place) in offices
    visits = [r.subject.text for r in ex.relations if r.predicate == "visited"]
    assert place not in visits


@pytest.mark.parametrize(
    "a, b",
    [("벨로라 사이언스파크", "벨로라사이언스파크"), ("서울 숲  공원", "서울숲공원"), ("한국·중국", "한국중국")],
)
def test_name_key_ignores_spaces(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "text, value",
    [
        ("2014년 6월", ("2014-06", "gYearMonth")),
        ("2020년 1월 5일", ("2020-01-05", "date")),
        ("2019.3.4", ("2019-03-04", "date")),
        ("2018년", ("2018", "gYear")),
        ("지난달 31일", (None, None)),
    ],
)
def test_date_values(text, value):
    assert _date_value(text) == value


# ----------------------------------------------------------------- the seed


def _seed_article() -> Article:
    paths = sorted((SHARED / "seeds").glob("002_*.txt"))
    if not paths:
        pytest.skip(f"seed article 002_*.txt not found under {SHARED / 'seeds'}")
    text = paths[0].read_text(encoding="utf-8")
    # Content blocks without the ingest module: runs of lines that read as
    # prose (long, or ending a sentence), skipping credits and page furniture.
    blocks = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if len(line) >= 40 and not re.search(r"[ⓒ©@]|무단|\[.*=.*\]", line):
            blocks.append((m.start(), m.end()))
    return Article(id="seed-002", text=text, lang="ko", source=str(paths[0]), blocks=tuple(blocks))


@pytest.fixture(scope="session")
def seed(extractor):
    return extractor.extract(_seed_article())


def test_seed_offsets_exact_and_inside_blocks(seed):
    text = seed.article.text
    for m in seed.mentions:
        assert text[m.start : m.end] == m.text
        assert any(s <= m.start and m.end <= e for s, e in seed.article.blocks), m
        assert m.text[-1] not in QUOTES and m.text[0] not in QUOTES


def test_seed_titled_person_is_person(seed):
    text = seed.article.text
    titled = [m for m in seed.mentions if re.match(r"\s\S*(시장|지사|대통령|기자)", text[m.end : m.end + 6])]
    assert titled and all(m.type == "Person" for m in titled if len(m.text) >= 2)
    assert seed.aliases, "the surname + title short form should be linked to the full name"


def test_seed_entity_counts(seed):
    names = {(m.type, name_key(m.name)) for m in seed.mentions}
    count = {t: sum(1 for ty, _ in names if ty == t) for t in ("Facility", "Organization", "Place", "Product", "Plan")}
    assert count["Facility"] >= 5 and count["Organization"] >= 5 and count["Place"] >= 4
    assert count["Product"] >= 1 and count["Plan"] >= 1


@pytest.mark.parametrize("predicate, at_least", [("visited", 4), ("locatedIn", 3), ("establishedBy", 3),
                                                 ("originOf", 3), ("holdsOffice", 1), ("unveiled", 1)])
def test_seed_relations(seed, predicate, at_least):
    rels = [r for r in seed.relations if r.predicate == predicate]
    assert len(rels) >= at_least
    if predicate == "visited":
        assert all(r.subject.type == "Person" and r.object.type in ("Place", "Facility", "Organization") for r in rels)
    if predicate == "establishedBy":
        assert all(r.subject.type == "Facility" and r.object.type == "Organization" for r in rels)


def test_seed_literals(seed):
    preds = {r.predicate: r for r in seed.relations if r.object is None}
    assert {"establishedDate", "lengthMetres", "areaSquareMetres"} <= set(preds)
    assert preds["establishedDate"].datatype == "gYearMonth"


def test_predicates_are_vocabulary_terms(governor):
    from kg.vocab import KG

    for r in governor.relations:
        KG[r.predicate]  # raises for a term the ontology does not define


def _typed(extractor, text):
    ex = extractor.extract(make_article(text))
    return [(m.text, m.type) for m in ex.mentions if m.type not in ("Date", "Quantity")], ex


def test_listed_names_share_a_kind(extractor):
    got, _ = _typed(extractor, "이 거리에서는 하나루텍, 미르소프트, 보람전자, 다온바이오 등 여러 기업이 탄생했다.")
    kinds = {t for n, t in got if n in ("하나루텍", "미르소프트", "보람전자", "다온바이오")}
    assert kinds == {"Organization"}


def test_bracketed_hanja_spelling_is_an_alias(extractor):
    got, ex = _typed(extractor, "연구소는 인간형 로봇 '하늘별(天星)'을 공개했다. 하늘별은 사람처럼 걷는다.")
    aliases = {(a.text, ante.name) for a, ante in ex.aliases}
    assert ("天星", "하늘별") in aliases


def test_market_is_no_jurisdiction(extractor):
    got, ex = _typed(extractor, "두 회사는 글로벌시장 진출을 위해 손을 잡았다.")
    assert "글로벌" not in {n for n, _ in got}
    assert not any(r.predicate == "holdsOffice" for r in ex.relations)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("대표단은 벨로하임과 한빛중앙공원을 시찰했다.", "벨로하임", "LC"),  # joined to a park: a facility
        ("대표단은 한빛중앙공원과 벨로하임을 시찰했다.", "벨로하임", "LC"),  # either order
        ("대표단은 벨로하임과 하노이를 찾았다.", "벨로하임", "LC"),  # joined to a gazetteer city: a place
        ("대표단은 벨로하임 씨와 한빛중앙공원을 찾았다.", "벨로하임", "PS"),  # a titled person stays one
    ],
)
def test_person_joined_to_a_place_by_and_is_a_place(text, name, expected):
    ext = KoreanExtractor(use_model=False)
    doc, chosen = ext.analyse(make_article(text, "conjunct"))
    s = text.index(name)
    facilities: set = set()
    (out,) = ext._conjunct_places(doc, chosen, [(s, s + len(name), "PS")], facilities)
    assert out == (s, s + len(name), expected)
    assert ((s, s + len(name)) in facilities) == (expected == "LC" and "공원" in text)


def _facts(extractor, text, predicate, value=False):
    """(subject, object) of the ``predicate`` facts ``text`` gives; (subject, value) with ``value``."""
    _, ex = _typed(extractor, text)
    return {(r.subject.text, r.value if value else r.object.text if r.object else None)
            for r in ex.relations if r.predicate == predicate}


def test_dot_joined_names_are_persons_and_latin_club_marks_organisations(extractor):
    text = ("당 윤리위는 김다솜ㆍ박한결ㆍ이루리ㆍ최가온ㆍ한누리 의원의 징계를 논의했다.\n"
            "그는 세비야 CF와 라온 FC 1920에서 뛰었다.\n"
            "학생회는 '성적 연동 장학금 제도'의 폐지를 요구했다.")
    got = set(_typed(extractor, text)[0])
    assert {("김다솜", "Person"), ("박한결", "Person"), ("이루리", "Person"), ("한누리", "Person")} <= got
    assert not any("ㆍ" in name for name, _ in got)
    assert {("세비야 CF", "Organization"), ("라온 FC 1920", "Organization")} <= got
    assert ("성적 연동 장학금 제도", "Plan") in got


def test_a_bureau_of_a_known_city_is_one_organisation(extractor):
    text = "이번 행사는 하노이시 교통정보국이 주관하고 현지 기업 세 곳이 후원했다."
    got = set(_typed(extractor, text)[0])
    assert ("하노이시 교통정보국", "Organization") in got
    assert ("하노이", "Place") not in got  # not the city alone


@pytest.mark.parametrize(
    "text, visitor, place",
    [
        ("이날 방콕을 방문한 한도윤 솔빛시장도 협력을 약속했다.", "한도윤", "방콕"),
        ("김하늘 대표는 하노이를 방문 중인 박다온 장관에게 축하 인사를 전했다.", "박다온", "하노이"),
        ("김하늘 대표는 지난달 하노이를 방문했다.", "김하늘", "하노이"),
    ],
)
def test_a_visit_clause_before_a_person_is_that_persons_visit(extractor, text, visitor, place):
    assert _facts(extractor, text, "visited") == {(visitor, place)}


@pytest.mark.parametrize(
    "text, person, office",
    [
        ("야당 소속의 한도윤 법제사법위원장은 솔빛소방본부를 찾았다.", "한도윤", "법제사법위원장"),
        ("김하늘 산업통상장관이 회견을 열었다.", "김하늘", "산업통상장관"),
    ],
)
def test_an_office_named_by_its_portfolio_is_held_by_the_name_before_it(extractor, text, person, office):
    assert {name for name, typ in set(_typed(extractor, text)[0]) if typ == "Person"} == {person}  # not the portfolio
    assert (person, office) in _facts(extractor, text, "holdsOffice", value=True)


@pytest.mark.parametrize(
    "text, person, place",
    [
        ("그는 미국 대통령 도널드 트럼프를 만났다.", "도널드 트럼프", "미국"),
        ("그는 베트남 총리 응우옌 반 탕과 만났다.", "응우옌 반 탕", "베트남"),
    ],
)
def test_a_country_and_title_before_a_foreign_name_is_its_office(extractor, text, person, place):
    assert (person, place) in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("화물선은 어제 당진항에 입항했다.", {("당진항", "Facility")}),  # kiwipiepy splits off the common 항
        ("여수항을 떠난 배는 남해를 지났다.", {("여수항", "Facility")}),  # though the CRF reads the town
        # A town joined to a port is a port city, not a person and not a port itself.
        ("새 항로는 웨이하이와 평택항을 잇는다.", {("웨이하이", "Place"), ("평택항", "Facility")}),
        ("협약에 따라 롱청과 서산항을 잇는 항로가 생긴다.", {("롱청", "Place"), ("서산항", "Facility")}),
    ],
)
def test_a_gazetteer_place_with_hang_is_its_port(extractor, text, expected):
    assert expected <= set(_typed(extractor, text)[0])


def test_a_site_looked_round_in_the_past_tense_is_a_facility(extractor):
    got = set(_typed(extractor, "대표단은 서산 한빛그린산업단지를 둘러봤다.")[0])
    assert ("서산 한빛그린산업단지", "Facility") in got


@pytest.mark.parametrize(
    "text, person, place",
    [
        ("탕위안 산둥성 상무청장은 협력을 강조했다.", "탕위안", "산둥성"),
        ("저우핑 산시성 상무청장은 투자를 약속했다.", "저우핑", "산시성"),  # not one place "저우핑 산시성"
    ],
)
def test_a_foreign_name_before_a_province_and_its_bureau_head_holds_that_office(extractor, text, person, place):
    got = set(_typed(extractor, text)[0])
    assert {(person, "Person"), (place, "Place")} <= got
    assert (person, place) in _facts(extractor, text, "holdsOffice")
    assert (person, f"{place} 상무청장") in _facts(extractor, text, "holdsOffice", value=True)


def test_former_and_current_before_a_title_are_no_surnames(extractor):
    text = "행사에는 김하늘 현 시장과 박다온 전 의원이 참석했다."
    got = set(_typed(extractor, text)[0])
    assert ("김하늘", "Person") in got and ("박다온", "Person") in got
    assert not {n for n, _ in got} & {"현", "전"}
    offices = _facts(extractor, text, "holdsOffice", value=True)
    assert ("김하늘", "시장") in offices
    assert not any(person == "박다온" for person, _ in offices)  # a former member holds no seat


def test_a_two_syllable_word_after_a_name_ends_in_no_head(extractor):
    # 침몰 ("sinking") ends in the syllable of 몰 ("mall"); the name is not grown into a facility.
    got = set(_typed(extractor, "해경은 제주호 침몰 현장에 도착했다.")[0])
    assert not any(n.endswith("침몰") for n, _ in got)


@pytest.mark.parametrize("use_model", [False, True])
def test_a_body_between_a_name_and_its_title_is_the_offices_organisation(use_model):
    text = "토론에는 김하늘 누리신경과의원 원장과 박다온 솔빛재단 이사장이 참석했다."
    ext = KoreanExtractor(use_model=use_model)
    got = set(_typed(ext, text)[0])
    assert {("김하늘", "Person"), ("박다온", "Person")} <= got
    assert {("누리신경과의원", "Organization"), ("솔빛재단", "Organization")} <= got
    assert {("김하늘", "누리신경과의원"), ("박다온", "솔빛재단")} <= _facts(ext, text, "holdsOffice")


@pytest.mark.parametrize("use_model", [False, True])
def test_an_occupation_next_to_a_name_is_not_part_of_it(use_model):
    text = "무대에는 래퍼 윤도하가 올랐고 김하늘 셰프가 요리를 선보였다."
    got = set(_typed(KoreanExtractor(use_model=use_model), text)[0])
    assert {("윤도하", "Person"), ("김하늘", "Person")} <= got
    assert not any("래퍼" in n or "셰프" in n for n, _ in got)


@pytest.mark.parametrize("use_model", [False, True])
def test_the_head_of_a_body_written_onto_its_name(use_model):
    ext = KoreanExtractor(use_model=use_model)
    text = "신라호텔에서 김하늘 한빛은행장과 박다온 누리은행장이 만났다."
    got = set(_typed(ext, text)[0])
    assert {("한빛은행", "Organization"), ("누리은행", "Organization")} <= got
    assert ("김하늘", "한빛은행") in _facts(ext, text, "holdsOffice")
    # A title of its own stays whole: 본부장 is not 본부 + 장, 사장 not 사 + 장.
    assert KoreanExtractor._split_title("솔빛추진본부장") != ("장", "솔빛추진본부")
    assert KoreanExtractor._split_title("한빛국정감사장") != ("장", "한빛국정감사")


@pytest.mark.parametrize("use_model", [False, True])
def test_a_name_glossed_in_chinese_characters_runs_on_to_its_head(use_model):
    ext = KoreanExtractor(use_model=use_model)
    ex = ext.extract(make_article("대표단은 광둥(廣東)성과 칭짱(靑藏)고원을 거쳐 야스쿠니(靖國) 신사 앞을 지났다."))
    got = {(m.text, m.type, m.name) for m in ex.mentions}
    assert ("광둥(廣東)성", "Place", "광둥성") in got
    assert ("칭짱(靑藏)고원", "Place", "칭짱고원") in got
    assert ("야스쿠니(靖國) 신사", "Facility", "야스쿠니 신사") in got
    assert not {m.text for m in ex.mentions} & {"광둥", "廣東", "靑藏", "야스쿠니"}  # no pieces


def test_a_glossed_city_keeps_its_suffix_off_the_name():
    ext = KoreanExtractor(use_model=False)
    ex = ext.extract(make_article("시찰단은 원저우(溫州)시에 도착했다."))
    assert not any(m.text.endswith("시") and "(" in m.text for m in ex.mentions)


@pytest.mark.parametrize(
    "text, name, grown",
    [
        ("그는 오늘 벨로라 국제공항에 내렸다.", "벨로라", "벨로라 국제공항"),
        ("정부는 솔빛 실내체육관에 상황실을 차렸다.", "솔빛", "솔빛 실내체육관"),
        ("그는 오늘 벨로라 시내에 들렀다.", "벨로라", None),  # 시내 is no facility's head
        ("비는 벨로라 지역에 내렸다.", "벨로라", None),  # a region, though it ends in 역 (station)
        ("그는 벨로라 과학단지를 둘러봤다.", "벨로라", None),  # a science park of the place: described, not named
        ("그는 오늘 벨로라에 내렸다.", "벨로라", None),
    ],
)
def test_a_crf_place_runs_on_to_a_facility_head_word(text, name, grown):
    from kg.extract.ko import _grow_to_head_word

    doc, _ = KoreanExtractor(use_model=False).analyse(make_article(text))
    end = text.index(name) + len(name)
    new_end, typ = _grow_to_head_word(doc, end)
    assert (text[text.index(name) : new_end], typ) == ((grown, "Facility") if grown else (name, None))


@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize(
    "text, event",
    [
        ("국방부는 가람 연합 한빛훈련을 마쳤다고 밝혔다.", "한빛훈련"),
        ("두 정상은 지난해 한라정상회담에서 합의했다.", "한라정상회담"),
    ],
)
def test_named_exercises_and_summits_are_events(use_model, text, event):
    got = set(_typed(KoreanExtractor(use_model=use_model), text)[0])
    assert (event, "Event") in got


@pytest.mark.parametrize("use_model", [False, True])
def test_an_event_does_not_run_back_over_a_name_that_kiwi_read_with_its_and(use_model):
    # kiwipiepy reads the unknown "한빛국과" as one proper noun; "과" is "and".
    got = set(_typed(KoreanExtractor(use_model=use_model), "김 대통령은 한빛국과 정상회담을 했다.")[0])
    assert not any("과 정상" in n for n, _ in got)
    if use_model:  # the CRF finds the country itself
        assert ("한빛국", "Organization") in got


@pytest.mark.parametrize("use_model", [False, True])
def test_a_named_storm_is_an_event_with_its_latin_spelling_as_alias(use_model):
    text = "제9호 태풍 가온(GAON)은 북상하고 있다. 가온은 내일 제주에 닿는다. 허리케인 로사가 해안을 강타했다."
    ex = KoreanExtractor(use_model=use_model).extract(make_article(text))
    got = [(m.text, m.type) for m in ex.mentions]
    assert got.count(("가온", "Event")) == 2
    assert ("로사", "Event") in got or not use_model  # kiwipiepy alone reads 로사 as a common noun
    assert not any(t in ("Person", "Organization") and n in ("가온", "GAON", "로사", "허리케인 로사") for n, t in got)
    assert any(a.text == "GAON" and b.text == "가온" for a, b in ex.aliases)


def test_a_storm_word_before_a_common_noun_makes_no_event(extractor):
    got = set(_typed(extractor, "태풍 피해가 컸고 복구는 더디다.")[0])
    assert not any(t == "Event" for _, t in got)


def test_a_name_written_next_to_a_storm_word_is_the_storm_but_a_chiefs_name_is_not(extractor):
    text = "1999년 태풍 한울과 비교된다. 한울은 큰 피해를 냈다. 박다온 태풍 대책본부장은 대비를 당부했다."
    got = _typed(extractor, text)[0]
    assert [t for n, t in got if n == "한울"] == ["Event", "Event"]
    assert ("박다온", "Person") in got  # "태풍" heads the office here, not a storm's name


@pytest.mark.parametrize("use_model", [False, True])
def test_a_compound_of_common_nouns_is_no_person(use_model):
    # kiwipiepy splits both into dictionary common nouns: 정수 + 처리장, 기획 + 조정.
    text = "정수처리장이 멈췄고, 기획조정본부장을 지낸 김하늘 씨가 현장을 찾았다."
    got = _typed(KoreanExtractor(use_model=use_model), text)[0]
    assert not {n for n, t in got if t == "Person"} & {"정수처리장", "기획조정"}
    assert ("김하늘", "Person") in got


@pytest.mark.parametrize(
    "text, name",
    [
        ("박 시장은 쩐 반 뚜언 인민위원장을 만났다.", "쩐 반 뚜언"),  # a portfolio written onto the title
        ("팜 득 롱 총리는 회의에서 말했다.", "팜 득 롱"),  # short words kiwipiepy reads as verbs and adverbs
        ("응우옌 티 란 국가주석이 개막식에 참석했다.", "응우옌 티 란"),
        ("베트남 팜 득 롱 총리는 말했다.", "팜 득 롱"),
    ],
)
def test_a_foreign_name_of_short_words_before_a_title_is_a_person(extractor, text, name):
    got, _ = _typed(extractor, text)
    assert (name, "Person") in got


@pytest.mark.parametrize(
    "text",
    [
        "이날 새 총리는 말했다.",
        "한국 축구 대표팀 감독이 말했다.",
        "그는 또 두 정상이 만났다고 했다.",
    ],
)
def test_words_before_a_title_that_name_no_one_are_no_person(extractor, text):
    got, _ = _typed(extractor, text)
    assert not [n for n, t in got if t == "Person"]


def test_two_korean_names_side_by_side_stay_two(extractor):
    got, _ = _typed(extractor, "김철수 박영희 의원이 참석했다.")
    assert ("김철수 박영희", "Person") not in got


def test_a_person_of_the_article_after_a_place_is_split_from_it(extractor):
    got, _ = _typed(extractor, "박다온 전 시장은 사퇴했다. 짐은 수영구 박다온의 저택으로 옮겨졌다.")
    assert ("수영구", "Place") in got
    assert [n for n, t in got if t == "Person"].count("박다온") == 2


def _offices(extractor, text):
    ex = extractor.extract(make_article(text))
    return {(r.subject.text, r.object.text if r.object else None, r.value) for r in ex.relations
            if r.predicate == "holdsOffice"}


@pytest.mark.parametrize(
    "text, office",
    [
        ("한다온 감사원장은 기자들에게 말했다.", ("한다온", None, "감사원장")),  # the head of 감사원
        ("박지율 국세청장은 기자들에게 말했다.", ("박지율", None, "국세청장")),
        ("최서윤 청와대 홍보수석은 브리핑에서 밝혔다.", ("최서윤", "청와대", "청와대 홍보수석")),
    ],
)
def test_the_head_of_a_body_and_a_senior_secretary_hold_offices(extractor, text, office):
    assert office in _offices(extractor, text)


def _visits(extractor, text):
    ex = extractor.extract(make_article(text))
    return {(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "visited"}


@pytest.mark.parametrize(
    "text, visit",
    [
        ("김민수 시장은 하노이에 도착했다.", ("김민수", "하노이")),  # arriving is visiting
        ("김민수 시장은 오사카 방문을 마치고 귀국했다.", ("김민수", "오사카")),  # the place names the visit noun
        ("김민수 시장은 하노이 방문 중 기자들과 만났다.", ("김민수", "하노이")),
    ],
)
def test_arrivals_and_the_visit_noun_are_visits(extractor, text, visit):
    assert visit in _visits(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["김민수 시장은 하노이를 방문할 예정이다.", "김민수 시장은 하노이에서 열린 행사에 참석했다.", "한빛전자 방문객이 늘었다.",
     "김민수 시장은 베트남 방문 계획을 밝혔다."],
)
def test_no_visit_without_a_visit(extractor, text):
    assert _visits(extractor, text) == set()


def test_a_body_read_into_a_long_title_stops_before_it(extractor):
    got, _ = _typed(extractor, "다나카 히로시 일본 관방장관은 발사를 비난했다.")
    assert ("다나카 히로시", "Person") in got
    assert not [n for n, _ in got if "관방" in n]


def test_a_name_after_a_designing_clause_is_designed_by_its_subject(extractor):
    ex = extractor.extract(make_article("전시장에서는 누리로보틱스 연구진이 설계한 배송 로봇 '별빛'이 공개됐다."))
    facts = {(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.object is not None}
    assert ("별빛", "designedBy", "누리로보틱스") in facts


def test_a_foreign_leader_before_a_province_and_a_title(extractor):
    got, ex = _typed(extractor, "22일에는 마르쿠스 베버 바이에른주 총리를 만나 협력 방안을 논의했다.")
    persons = [n for n, t in got if t == "Person"]
    assert persons and not any("바이에른주" in n for n in persons)


def test_a_visit_to_a_body_s_headquarters_is_a_visit_to_the_body(extractor):
    assert ("김민수", "한빛전자") in _visits(extractor, "김민수 시장은 한빛전자 본사를 방문해 공장을 둘러봤다.")


@pytest.mark.parametrize(
    "text, fact",
    [
        ("이천캠퍼스는 한빛전자가 2017년 경기도 이천시에 조성한 반도체 공장이다.", ("이천캠퍼스", "locatedIn", "경기도 이천시")),
        ("한빛대학교는 1990년 대전에 설립됐다.", ("한빛대학교", "locatedIn", "대전")),
    ],
)
def test_where_a_thing_was_built_is_where_it_lies(extractor, text, fact):
    ex = extractor.extract(make_article(text))
    assert fact in {(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.object is not None}


@pytest.mark.parametrize(
    "text, value, typ",
    [
        ("부산시는 500억원을 투자할 계획이다.", "500억원", "Quantity"),  # a particle after the unit
        ("경기도민 1,000명을 대상으로 조사했다.", "1,000명", "Quantity"),
        ("대표단은 목요일 호찌민시로 이동한다.", "목요일", "Date"),
    ],
)
def test_quantities_before_a_particle_and_weekdays_are_values(extractor, text, value, typ):
    ex = extractor.extract(make_article(text))
    assert (value, typ) in {(m.text, m.type) for m in ex.mentions}


def test_a_unit_inside_a_longer_word_is_no_quantity(extractor):
    ex = extractor.extract(make_article("공사는 3개월 동안 이어졌다."))
    assert not [m for m in ex.mentions if m.type == "Quantity"]


@pytest.mark.parametrize(
    "text, bad",
    [
        ("이번 정부 내 관료 출신 비율은 32%였다. 한빛 정부에선 그 비율이 60%였다.", "locatedIn"),  # no place
        ('박다온 장관은 "새 이정표"가 세워졌다고 말했다.', "establishedBy"),  # a person is never established
    ],
)
def test_relations_need_arguments_of_their_types(extractor, text, bad):
    ex = extractor.extract(make_article(text))
    assert not [r for r in ex.relations if r.predicate == bad]


@pytest.mark.parametrize(
    "text",
    [
        "한빛진흥청은 전남 장성에 누리실증센터를 설립한다.",  # the topic founds; it is not what was founded
        "오포읍과 태전동 일대를 한빛경찰서가 수색했다.",  # 일대 with its own particle locates nothing
        "무인기는 강화도 일대에서 비행했고 한빛경찰서는 대응했다.",
        "대한민국 내 한 민간 방송의 웹페이지가 한빛그룹의 공격을 받았다.",  # 내 modifies the noun right after it
    ],
)
def test_no_location_for_a_founder_or_a_far_name(extractor, text):
    ex = extractor.extract(make_article(text))
    located = {(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "locatedIn"}
    assert not {s for s, _ in located} & {"한빛진흥청", "한빛경찰서", "한빛그룹"}


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("대표단은 목요일 호찌민시로 이동해 항구를 둘러볼 예정이다.", "호찌민시", "Place"),  # one OOV noun to kiwipiepy
        ("김 시장은 주베트남 한국대사관에서 열린 리셉션에 참석했다.", "주베트남 한국대사관", "Organization"),
        ("에이미 로즈 캐럴의 대법관 지명식이 열렸다.", "에이미 로즈 캐럴", "Person"),  # a foreign name cut in two
        ("한민수 국방부 장관은 기자회견을 열었다.", "한민수", "Person"),  # a body and its title after a Korean name
        ("A씨는 경찰에 신고했다.", "A", "Person"),  # a lone letter stays, whatever the lists say
        ("경찰은 한빛노조 간부를 체포하려 했다.", "한빛노조", "Organization"),  # its officials are no part of it
    ],
)
def test_names_found_whole_and_typed(extractor, text, name, typ):
    got, _ = _typed(extractor, text)
    assert (name, typ) in got


@pytest.mark.parametrize(
    "text, junk",
    [
        ("신종코로나바이러스 확산으로 축제가 취소됐다.", "신종코로나바이러스"),  # a disease is no body
        ("코로나19 확산으로 한빛시 행사가 취소됐다.", "코로나"),
        ("김 대사는 프랑스어로 연설했다.", "프랑스어"),  # a language is no person
        ("최 대사는 스페인어로 인사했다.", "스페인어"),  # ... nor a body
        ("박 공사는 포르투갈어로 답했다.", "포르투갈어"),  # ... nor a place
        ("경찰은 파업 지도부를 체포했다.", "지도부"),  # a body's suffix on a common noun
        ("한빛시는 사용처에 대한 자료를 공개했다.", "사용처"),
        ("경기도민 1천명을 대상으로 조사했다.", "경기도민"),  # a place's residents
        ("그는 '학생'이 문제라면 바꾸겠다고 했다.", "학생"),  # a common noun in scare quotes
        ("북측은 ICBM 시험발사를 예고했다.", "ICBM"),  # an acronym of a thing, whoever tags it
        ("발사는 7일(KST) 오전에 이뤄졌다.", "KST"),
        ("위원장은 회의에서 urgency 라는 단어를 썼다.", "urgency"),  # an English word in lower case
        ("한빛전자 출신 기술자들이 우대받았다.", "기술자들"),  # a plural
    ],
)
def test_words_that_name_nothing_are_no_names(extractor, text, junk):
    got, _ = _typed(extractor, text)
    assert not [n for n, _ in got if junk in n]


@pytest.mark.parametrize(
    "text, absent",
    [
        # Inside one person's quote, another is the visitor.
        ('한다온 대변인은 "박 대통령이 경상북도 방문을 마치는 대로 발표한다"고 밝혔다.', ("한다온", "경상북도")),
        # A sentence with a subject of its own that is no person does not fall back on the last person.
        ("김하늘 시장은 회견을 열었다. 이어 최다온 대표와 유가족 지도부가 만나 회동을 가졌다.", ("김하늘", "최다온")),
    ],
)
def test_the_nearest_subject_visits_or_meets(extractor, text, absent):
    ex = extractor.extract(make_article(text))
    facts = {(r.subject.text, r.object.text) for r in ex.relations
             if r.predicate in ("visited", "metWith") and r.object is not None}
    assert absent not in facts


@pytest.mark.parametrize(
    "text, absent",
    [
        # A body with a case particle of its own is another argument, not the office's body.
        ("한빛연합(HBU)이 고의로 김하늘 대통령을 비난했다.", "한빛연합"),
        ("솔빛헌법재판소는 박다온 대통령 사건을 심리했다.", "솔빛헌법재판소"),
        ("한빛당에서도 최가온 의원을 징계하기로 했다.", "한빛당"),
        ("한빛전자와 솔빛물산의 합병은 이루리 부회장의 숙원이었다.", "솔빛물산"),
    ],
)
def test_a_body_in_a_case_of_its_own_is_no_office_body(extractor, text, absent):
    assert not any(obj == absent for _, obj in _facts(extractor, text, "holdsOffice"))


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("한빛노조 김하늘 위원장은 파업을 선언했다.", "김하늘", "한빛노조"),
        ("KBS의 박다온 사장이 사과했다.", "박다온", "KBS"),
        ("한 지사는 서울대학교를 찾아 최가온 총장을 만났다.", "최가온", "서울대학교"),
    ],
)
def test_a_body_written_with_the_titled_name_is_its_office_body(extractor, text, person, body):
    assert (person, body) in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("여러 언론은 한국 대통령이 막말 외교를 했다고 비판했다.", "막말 외교"),
        ("정부는 러시아 대통령의 핵무기 위협에 대해 경고했다.", "핵무기 위협"),
    ],
)
def test_a_title_in_a_case_of_its_own_names_no_one_after_it(extractor, text, absent):
    got, ex = _typed(extractor, text)
    assert (absent, "Person") not in got
    assert not any(r.subject.text == absent for r in ex.relations)


@pytest.mark.parametrize(
    "text, person, place",
    [
        ("강태민 충청북도지사가 배터리 공장을 방문했다.", "강태민", "충청북도"),
        ("강원도지사 김하늘은 회견을 열었다.", "김하늘", "강원도"),
        ("이루리 서울시의원은 조사를 촉구했다.", "이루리", "서울"),
    ],
)
def test_a_place_written_onto_its_title_is_the_offices_place(extractor, text, person, place):
    got, _ = _typed(extractor, text)
    assert (place, "Place") in got
    assert not [n for n, _ in got if n.endswith(("지사", "시의원"))]  # no name of a place and its title
    assert (person, place) in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, expected",
    [
        # The size of a thing that is an argument of its own measures nothing named.
        ("솔빛시티 앞 해안에 설치된 높이 4.2m의 방파제와 높이 1.1m의 벽으로는 파도를 막지 못했다.", set()),
        ("오후 들어 높이 8m의 파도가 한빛항을 덮쳤다.", set()),
        # A size in brackets after a name is that name's, whatever the topic.
        ("국방부는 골프장 부지와 포천(약 6.7만㎡)을 맞바꾸었다.", {("포천", "67000")}),
        # A place merely before the size is not what it measures.
        ("이 공장은 한빛그룹이 세운 유럽 첫 생산기지로, 연면적 12만㎡ 규모다.", set()),
    ],
)
def test_sizes_go_to_what_they_measure(extractor, text, expected):
    got = _facts(extractor, text, "lengthMetres", value=True) | _facts(extractor, text, "areaSquareMetres", value=True)
    assert got == expected


@pytest.mark.parametrize(
    "text, predicate, expected",
    [
        # Japan's ministers are "…상"; a title of several nouns still carries its person's particle.
        ("다나카 히로시 일본 방위상이 부산 해군기지를 방문했다.", "holdsOffice", ("다나카 히로시", "일본")),
        ("다나카 경제산업상은 한빛시청에서 강태민 한빛시장을 만났다.", "metWith", ("다나카", "강태민")),
        ("박다온 산업통상장관은 부산로봇연구소를 둘러봤다.", "visited", ("박다온", "부산로봇연구소")),
    ],
)
def test_titles_of_several_nouns_leave_their_person_the_subject(extractor, text, predicate, expected):
    assert expected in _facts(extractor, text, predicate)


def test_a_quoted_name_after_a_vessel_noun_is_a_product(extractor):
    got, ex = _typed(extractor, "조선소에서는 한빛중공업이 설계한 액화수소 운반선 '새별'이 공개됐다.")
    assert ("새별", "Product") in got
    assert ("새별", "한빛중공업") in {(r.subject.text, r.object.text) for r in ex.relations
                                    if r.predicate == "designedBy"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The founding clause describes the name right after it ...
        ("장관은 한빛가스공사와 솔빛과학기술원이 공동으로 설립한 한빛수소센터를 둘러봤다.",
         {("한빛수소센터", "한빛가스공사"), ("한빛수소센터", "솔빛과학기술원")}),
        # ... or the topic, when it is what the topic is ...
        ("한빛센터는 대구시와 경북대가 공동으로 설립한 연구기관으로, 로봇을 만든다.",
         {("한빛센터", "대구시"), ("한빛센터", "경북대")}),
        # ... but not a common noun the sentence does something else with,
        ("대구시는 한빛전자가 설립한 공장에 지원금을 줬다.", set()),
        # and nothing is established by a clause that denies it.
        ("솔빛시는 김하늘 소장이 대책을 세우지 않았다고 비판했다.", set()),
    ],
)
def test_founders_go_to_what_the_clause_describes(extractor, text, expected):
    assert _facts(extractor, text, "establishedBy") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("한빛연구소는 대구에 위치해 있다.", {("한빛연구소", "대구")}),
        # A head noun as the topic speaks of the last name with that head.
        ("김 장관은 대구수소센터를 둘러봤다. 센터는 성서산업단지에 위치해 있다.", {("대구수소센터", "성서산업단지")}),
        # "위치한 본사": the clause describes an unnamed office, not the topic.
        ("한빛전자 중국 법인은 미국에 위치한 본사에 보고했다.", set()),
    ],
)
def test_what_lies_where(extractor, text, expected):
    assert _facts(extractor, text, "locatedIn") == expected


def test_the_subject_of_the_verb_develops_not_the_topic(extractor):
    facts = _facts(extractor, "감사원은 한빛항공이 헬기 '새매'를 개발하는 과정을 조사했다.", "develops")
    assert facts == {("한빛항공", "새매")}


@pytest.mark.parametrize(
    "text, short, whole",
    [
        # A Western name's family name is its last word ...
        ("대니얼 로스 캐나다 총리가 서울에 도착했다. 로스 총리는 기자들과 만났다.", "로스", "대니얼 로스"),
        # ... a Japanese name's its first; a headline may name the person before the text does.
        ("다나카 히로시 방위상, 부산 방문\n\n다나카 히로시 일본 방위상이 부산을 찾았다. 다나카 방위상은 웃었다.",
         "다나카", "다나카 히로시"),
    ],
)
def test_a_family_name_stands_for_the_whole_foreign_name(extractor, text, short, whole):
    ex = extractor.extract(make_article(text))
    shorts = [m for m in ex.mentions if m.text == short]
    assert shorts and all(m.name == whole for m in shorts)
    assert {(a.text, b.text) for a, b in ex.aliases} >= {(short, whole)}
    # The short form keeps its own title: "로스 총리는" still holds the office.
    assert any(r.subject.text == short for r in ex.relations if r.predicate == "holdsOffice")


# ---------------------------------------------------------------- round h2


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X에 있는 Y": the clause places the name it modifies.
        ("박서준 장관은 베를린에 있는 누리소재연구소를 방문했다.", {("누리소재연구소", "베를린")}),
        # The CRF may leave the city's suffix out of the place: "세게드|시에 있는".
        ("강민호 지사가 3일 헝가리 세게드시에 있는 대성에너지 배터리 공장을 방문했다.",
         {("대성에너지 배터리 공장", "헝가리 세게드")}),
        # "있는 동안": the clause modifies a common noun, not the name after it.
        ("그는 서울에 있는 동안 한빛전자 본사를 찾았다.", set()),
    ],
)
def test_what_exists_in_a_place_lies_there(extractor, text, expected):
    assert _facts(extractor, text, "locatedIn") == expected


@pytest.mark.parametrize(
    "text, name",
    [
        # kiwipiepy reads 한결 ("noticeably") as an adverb; glued to a noun it begins a name.
        ("강민호 지사는 한결에너지 서민재 사장을 만났다.", "한결에너지"),
        ("한결에너지는 2019년 공장을 세웠다.", "한결에너지"),
    ],
)
def test_an_adverb_glued_to_a_noun_begins_a_name(extractor, text, name):
    assert (name, "Organization") in _typed(extractor, text)[0]


def test_a_company_with_an_adverb_for_its_first_word_is_visited(extractor):
    text = "강민호 지사가 3일 헝가리 세게드시에 있는 한결에너지 배터리 공장을 방문했다."
    assert _facts(extractor, text, "visited") == {("강민호", "한결에너지 배터리 공장")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body with its official's title and no name: the body is the partner.
        ("윤재석 장관은 10일 영국 외교부 차관과 면담하고 협력 방안을 논의했다.", {("윤재석", "외교부")}),
        ("강 지사는 이어 부다페스트에서 헝가리 외교통상부 차관과 면담했다.", {("강", "외교통상부")}),
        ("김 장관은 프랑스 국방부 차관과 면담했다.", {("김", "국방부")}),  # whether or not the CRF reads the two apart
        # A named official is the partner, and the body is only their office's.
        ("최민서 사장은 황보석 한빛당 대표를 만나 면담을 했다.", {("최민서", "황보석")}),
        ("윤 장관은 외교부 기자단과 간담회를 열었다.", set()),
    ],
)
def test_a_meeting_with_an_unnamed_official_is_with_the_body(extractor, text, expected):
    assert _facts(extractor, text, "metWith") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The dropped subject of a reported sentence is its speaker, who did not meet anyone.
        ("이민재 대표는 번역이 달랐다고 말했다. 실제로 그날에도 영국의 데이비드 웰스 총리와 회담을 가졌는데 "
         "이것 역시 보도되지 않았던 내용이라고 하였다.", set()),
        # Without reported speech the last subject still meets.
        ("김하늘 지사는 9일 런던에 도착했다. 이어 10일 영국의 데이비드 웰스 총리와 회담했다.",
         {("김하늘", "데이비드 웰스")}),
    ],
)
def test_reported_speech_does_not_lend_its_speaker_to_a_meeting(extractor, text, expected):
    assert _facts(extractor, text, "metWith") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("한민수 대통령 권한대행은 이날 기자회견을 열었다.", {("한민수", "대통령 권한대행")}),
        ("한민수 대통령 권한대행 국무총리는 3일 담화를 발표했다.", {("한민수", "대통령 권한대행")}),
        ("송지아 한빛대 총장 직무대행이 입장을 밝혔다.", {("송지아", "한빛대 총장 직무대행")}),
        # An acting office named after the verb is not the title of the name.
        ("최도현 총리는 대통령 권한대행으로서 담화를 발표했다.", {("최도현", "총리")}),
    ],
)
def test_an_acting_office_is_held_as_acting(extractor, text, expected):
    assert _facts(extractor, text, "holdsOffice", value=True) == expected


def test_an_acting_official_visits_and_keeps_name_and_body_apart(extractor):
    text = ("마서윤 산업통상자원부 장관 직무대행이 20일 경남 창원시 성산구에 있는 경남스마트기계연구원을 방문했다.\n"
            "마 직무대행은 연구원 노하진 원장과 함께 시험동을 둘러봤다.")
    names, _ = _typed(extractor, text)
    assert ("마서윤", "Person") in names and ("산업통상자원부", "Organization") in names
    assert not any(name == "직무대행" for name, _ in names)
    assert _facts(extractor, text, "visited") == {("마서윤", "경남스마트기계연구원")}


@pytest.mark.parametrize(
    "text, name",
    [
        # 연구원 glued after a place and field words heads a body, not a researcher.
        ("한민수 장관이 15일 광주 북구에 위치한 광주지능로봇연구원을 방문했다.", "광주지능로봇연구원"),
        ("마서윤 장관이 20일 경남 창원시 성산구에 있는 경남스마트기계연구원을 방문했다.", "경남스마트기계연구원"),
    ],
)
def test_an_institute_after_field_words_is_a_body(extractor, text, name):
    assert (name, "Organization") in _typed(extractor, text)[0]


@pytest.mark.parametrize(
    "text, person, not_person",
    [
        # An adverb opening the sentence is no part of a foreign name of several syllables ...
        ("또 코스틴 러시아 대통령은 지난 2월 침공을 발표했다.", "코스틴", "또 코스틴"),
        # ... and a prefixed common noun before a name describes it.
        ("알파스타, 세계 최정상 박준호 9단을 누르다", "박준호", "최정상"),
    ],
)
def test_a_modifier_is_no_part_of_a_person(extractor, text, person, not_person):
    names = _typed(extractor, text)[0]
    assert (person, "Person") in names
    assert (not_person, "Person") not in names


def test_a_vietnamese_one_syllable_name_keeps_its_first_word(extractor):
    names = _typed(extractor, "또 럼 베트남 국가주석은 이날 회담했다.")[0]
    assert ("또 럼", "Person") in names


def test_a_long_quoted_plan_is_a_plan(extractor):
    text = "전라남도는 다음 달 '전남 배터리 소재 육성 계획'을 발표할 예정이다."
    assert _facts(extractor, text, "announced") == {("전라남도", "전남 배터리 소재 육성 계획")}
    assert ("전남 배터리 소재 육성 계획", "Plan") in _typed(extractor, text)[0]


@pytest.mark.parametrize(
    "text, craft",
    [
        # A rocket, ship or train named "…호" is a product, not a person, where its
        # sentence speaks of launching, sailing or running ...
        ("한빛우주센터는 내년 봄 로켓 누리별호를 다시 발사한다.", "누리별호"),
        ("관제실은 새벽별호가 궤도에 진입했다고 밝혔다.", "새벽별호"),
        # ... and a number before 호 names a craft nothing else finds.
        ("한빛해운의 화물선 한빛7호가 부산항에 입항했다.", "한빛7호"),
        # The owner's name before the craft's is part of it.
        ("해적에게 피랍된 대호 누리별호가 구출됐다.", "대호 누리별호"),
    ],
)
def test_a_craft_named_in_ho_is_a_product(extractor, text, craft):
    names = _typed(extractor, text)[0]
    assert (craft, "Product") in names
    assert (craft, "Person") not in names


@pytest.mark.parametrize(
    "text, person",
    [
        ("탁태호 선장은 새벽에 배를 출항시켰다.", "탁태호"),  # a person's word after the name
        ("탁수호 씨는 그날 열차를 운행했다.", "탁수호"),
    ],
)
def test_a_person_in_ho_stays_a_person_among_craft_words(extractor, text, person):
    assert (person, "Person") in _typed(extractor, text)[0]


def test_a_common_noun_in_ho_is_no_craft(extractor):
    names = _typed(extractor, "선박 충돌을 막으려고 실천구호를 정했다. 열차는 신호를 무시했다.")[0]
    assert not any(t == "Product" for _, t in names)


@pytest.mark.parametrize(
    "text, person, firm, title",
    [
        ("누리텍 마동현 대표는 이날 신제품을 공개했다.", "마동현", "누리텍", "대표"),
        ("가온소재 탁유진 대표가 기자들에게 말했다.", "탁유진", "가온소재", "대표"),
        ("미래로봇 한서진 대표이사는 공장을 둘러봤다.", "한서진", "미래로봇", "대표이사"),
    ],
)
def test_a_firm_before_a_name_and_title_is_the_body_of_the_office(extractor, text, person, firm, title):
    names = _typed(extractor, text)[0]
    assert (firm, "Organization") in names
    assert (person, "Person") in names
    assert _offices(extractor, text) == {(person, firm, title)}


@pytest.mark.parametrize(
    "text, person",
    [
        ("벤처기업 한서진 대표는 투자를 유치했다.", "한서진"),  # a common noun for any firm
        ("신임 한서진 대표는 취임했다.", "한서진"),  # a modifier
    ],
)
def test_a_common_word_before_a_name_and_title_is_no_firm(extractor, text, person):
    names = _typed(extractor, text)[0]
    assert names == [(person, "Person")]


def test_a_body_of_common_nouns_before_a_title_heads_no_firm_before_it(extractor):
    # "국민연대 대표": a body of common nouns in the name's place is no person, so the word before it is no firm.
    names = _typed(extractor, "바른선거 국민연대 대표 탁모씨가 고발됐다.")[0]
    assert ("바른선거", "Organization") not in names


@pytest.mark.parametrize(
    "text, short, whole",
    [
        ("마서준 경기도지사 권한대행은 회의를 열었다. 마 직무대행은 이날 예산안을 발표했다.", "마", "마서준"),
        # The full name only the CRF found ("부시장" is no title of the rules).
        ("탁서윤 한빛시 부시장은 시장 직무대행을 맡았다. 탁 직무대행은 취임식을 열었다.", "탁", "탁서윤"),
    ],
)
def test_a_surname_and_an_acting_title_is_the_full_name(extractor, text, short, whole):
    ex = extractor.extract(make_article(text))
    assert (short, whole) in {(a.text, b.text) for a, b in ex.aliases}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # Common nouns and an industry's word name a kind of product, not a firm ...
        ("중국 협동로봇 시장이 커졌다.", "중국", "Place"),
        ("한빛정밀 협동로봇은 가볍다.", "한빛정밀", "Organization"),
        # ... while a name before the industry's word makes a firm.
        ("한빛 로봇은 올해 상장했다.", "한빛 로봇", "Organization"),
    ],
)
def test_a_compound_of_common_nouns_in_robot_is_no_body(extractor, text, name, kind):
    names = _typed(extractor, text)[0]
    assert (name, kind) in names
    assert not any("로봇" in n and t == "Organization" for n, t in names if n != "한빛 로봇")
    # The rules, which the CRF reads, make no body of it either.
    doc, chosen = KoreanExtractor(use_model=False).analyse(make_article(text))
    assert not any("로봇" in doc.text[c.start:c.end] and c.type == "Organization" for c in chosen
                   if doc.text[c.start:c.end] != "한빛 로봇")


def test_a_firm_before_its_heads_name_stays_a_body_where_the_crf_reads_it_as_a_person(extractor):
    # The CRF may read a firm's other mentions as a person ("다루미는 … 밝혔다"); the
    # name and title after it ("다루미 탁소연 대표") make it a body there all the same.
    text = "다루미는 광고가 적법하다고 밝혔다. 다루미는 반박했다. 다루미 탁소연 대표는 말했다."
    doc, _ = extractor.analyse(make_article(text))
    at = [i for i in range(len(text)) if text.startswith("다루미", i)]
    cands = [_Cand(i, i + 3, "Person", 0.6, 2, "model") for i in at[:2]]
    cands.append(_Cand(at[2], at[2] + 3, "Organization", 0.7, 3, "jurisdiction"))
    _one_type_per_name(doc, cands)
    assert [c.type for c in cands] == ["Person", "Person", "Organization"]


def test_a_firm_named_with_an_english_word_in_hangul_is_a_body(extractor):
    # kiwipiepy may read "<name>에어로스페이스" as one unknown common noun.
    got, _ = _typed(extractor, "한결에어로스페이스와 누리정밀이 공동으로 설계한 자주포 '매봉'이 공개됐다.")
    assert ("한결에어로스페이스", "Organization") in got
    assert ("매봉", "Product") in got  # a weapon is a product


def test_designers_are_the_coordinated_subjects_not_the_beneficiary(extractor):
    text = "공장에서는 한결중공업과 누리정밀이 해군을 위해 공동으로 설계한 잠수함 '매봉'이 공개됐다."
    assert _facts(extractor, text, "designedBy") == {("매봉", "한결중공업"), ("매봉", "누리정밀")}


def test_a_quoted_plan_may_end_in_its_target_year(extractor):
    got, _ = _typed(extractor, "여수시는 '여수 해양관광 비전 2035'를 발표했다.")
    assert ("여수 해양관광 비전 2035", "Plan") in got


@pytest.mark.parametrize(
    "text, fact",
    [
        # The body before a title that precedes the name is the office's body.
        ("간담회에는 한빛전자 대표 탁서윤이 참석했다.", ("탁서윤", "한빛전자")),
        ("간담회에는 누리로보틱스 대표 요나스 베버가 참석했다.", ("요나스 베버", "누리로보틱스")),
        # A press release names the body's head in brackets after it.
        ("창원시(시장 박준서)는 지난 20일 대표단이 창원시청을 방문해 간담회를 가졌다고 21일 밝혔다.",
         ("박준서", "창원시")),
        # A city the gazetteer lacks, written onto the title after a name.
        ("간담회에는 박준서 창원시장과 정유나 원장이 참석했다.", ("박준서", "창원")),
    ],
)
def test_offices_held_over_a_body_or_city_named_around_the_title(extractor, text, fact):
    assert fact in _facts(extractor, text, "holdsOffice")


def test_a_name_in_a_press_releases_brackets_is_no_argument(extractor):
    # "창원시(시장 박준서)는 … 대표단이 … 방문해": the delegation visited, not the mayor.
    text = "창원시(시장 박준서)는 지난 20일 대표단이 창원시청을 방문해 간담회를 가졌다고 21일 밝혔다."
    assert not any(s == "박준서" for s, _ in _facts(extractor, text, "visited"))


@pytest.mark.parametrize(
    "text, predicate, facts",
    [
        ("청해센터는 청해에너지가 싱가포르 국립대학교와 공동으로 2019년 설립한 연구시설이다.", "establishedBy",
         {("청해센터", "청해에너지"), ("청해센터", "싱가포르 국립대학교")}),
        ("한빛정밀은 한빛대학교와 함께 협동로봇 '다온'을 개발했다.", "develops",
         {("한빛정밀", "다온"), ("한빛대학교", "다온")}),
    ],
)
def test_the_partner_of_a_joint_act_is_an_agent_too(extractor, text, predicate, facts):
    assert _facts(extractor, text, predicate) == facts


@pytest.mark.parametrize(
    "text, fact",
    [
        ("대구 달성군 일대에 자리한 누리로봇산업단지는 크다.", ("누리로봇산업단지", "대구 달성군")),
        ("그는 창원에 자리 잡은 한빛정밀 공장을 찾았다.", ("한빛정밀 공장", "창원")),
        ("한빛센터는 창원에 자리하고 있다.", ("한빛센터", "창원")),
        ("서울 강남구 인근에 위치한 누리센터를 찾았다.", ("누리센터", "서울 강남구")),
    ],
)
def test_a_name_sitting_in_a_place_lies_in_it(extractor, text, fact):
    assert fact in _facts(extractor, text, "locatedIn")


def test_a_spot_is_no_verb_of_lying(extractor):
    # 자리 "a spot" names where something lies only as the verb "자리하다", "자리 잡다".
    assert _facts(extractor, "한빛센터는 창원에 자리를 마련해 설명회를 열었다.", "locatedIn") == set()


# ---------------------------------------------------------------- unseen news: firms, datelines, works, events


def _named_facts(extractor, text, predicate):
    """(subject name, object name) of the ``predicate`` facts: an alias ("이 박람회") counts as its event."""
    ex = extractor.extract(make_article(text))
    return {(r.subject.name, r.object.name) for r in ex.relations if r.predicate == predicate and r.object}


@pytest.mark.parametrize(
    "text, firm, person",
    [
        ('누리봇의 윤채린 대표는 "매출을 늘리겠다"고 말했다. 누리봇은 지난해 설립됐다.', "누리봇", "윤채린"),
        ("가온소재의 탁유진 대표가 공장을 방문했다.", "가온소재", "탁유진"),
    ],
)
def test_a_firm_in_the_genitive_is_the_body_its_head_heads(extractor, text, firm, person):
    got = set(_typed(extractor, text)[0])
    assert {(firm, "Organization"), (person, "Person")} <= got
    assert (firm, "Person") not in got
    assert (person, firm) in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize("text", ["회사의 김민준 대표는 사과했다.", "서울의 김민준 대표는 사과했다."])
def test_a_common_noun_or_place_in_the_genitive_heads_no_office(extractor, text):
    assert all(obj is None for _, obj in _facts(extractor, text, "holdsOffice"))


@pytest.mark.parametrize(
    "text, dateline_words, name",
    [
        ("(수원=뉴스1) 이한결 기자 = 경기도는 올해 예산을 늘렸다.", {"수원", "뉴스1"}, ("경기도", "Place")),
        ("[광주=뉴시스] 정다인 기자 = 한빛전자가 새 공장을 지었다.", {"광주", "뉴시스"}, ("한빛전자", "Organization")),
        # The rule's place and its particle end a name the CRF ran on into the next word.
        ("(창원=연합뉴스) 박서후 기자 = 경남도가 스마트공장 지원을 늘린다.", {"창원", "연합뉴스"}, ("경남도", "Place")),
    ],
)
def test_a_wire_dateline_is_boilerplate_like_the_agency(extractor, text, dateline_words, name):
    got = set(_typed(extractor, text)[0])
    assert not {n for n, _ in got} & dateline_words
    assert name in got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("강원도는 삼척항 확장 공사를 내년 3월 마무리한다.", {("삼척항", "Facility")}),
        ("해솔터널 공사가 늦어지고 있다.", {("해솔터널", "Facility")}),
        ("한빛건설은 부산 신항 보수공사를 맡았다.", {("한빛건설", "Organization")}),
        # What the works are done on is a place, however the CRF reads the unfamiliar road.
        ("제주도는 누리자림로 공사를 재개했다. 누리자림로 공사는 다시 중단됐다.", {("누리자림로", "Place")}),
    ],
)
def test_building_works_are_no_corporation(extractor, text, expected):
    got = set(_typed(extractor, text)[0])
    assert expected <= got
    assert not any(n.endswith("공사") for n, _ in got)


def test_a_corporation_named_with_gongsa_stays_one(extractor):
    assert ("한국가스공사", "Organization") in set(_typed(extractor, "한국가스공사는 요금을 올렸다.")[0])


@pytest.mark.parametrize(
    "text, firms",
    [
        ("한울정밀이 베트남에 공장을 세운다.", {"한울정밀"}),
        ("대성기공은 부산에 본사를 둔 부품 업체다.", {"대성기공"}),
        ("윤성정밀과 한결산업, 태광기공이 협약을 맺었다.", {"윤성정밀", "한결산업", "태광기공"}),
    ],
)
def test_a_firms_word_wins_over_the_surname_it_starts_with(extractor, text, firms):
    got = set(_typed(extractor, text)[0])
    assert {(f, "Organization") for f in firms} <= got
    assert not any(t == "Person" for _, t in got)


def test_a_firm_named_before_its_heads_title_is_the_office_body(extractor):
    text = '박도현 한울정밀 대표는 "수출을 늘리겠다"고 말했다.'
    assert ("박도현", "한울정밀") in _facts(extractor, text, "holdsOffice")


def test_an_industry_or_a_countrys_industry_is_no_firm():
    from kg.extract.ko import _firm_word

    assert [_firm_word(w) for w in ("한울정밀", "정우산업", "자동차산업", "정보통신산업", "한국산업")] == [
        True, True, False, False, False]


@pytest.mark.parametrize("use_model", [False, True])
def test_the_head_of_an_agency_written_onto_its_name(use_model):
    ext = KoreanExtractor(use_model=use_model)
    text = '최민재 대구로봇진흥원장은 "지역 로봇 기업을 돕겠다"고 말했다.'
    got = set(_typed(ext, text)[0])
    assert {("최민재", "Person"), ("대구로봇진흥원", "Organization")} <= got
    assert ("최민재", "대구로봇진흥원") in _facts(ext, text, "holdsOffice")
    # Not a stray syllable read as the body's head, nor a deputy's title.
    assert KoreanExtractor._split_title("경남테크노파크원장")[1] != "경남테크노파크원"
    assert KoreanExtractor._split_title("한빛연구원부원장")[1] is None


@pytest.mark.parametrize(
    "text, facts",
    [
        ("2025 남해 해양레저 박람회가 다음 달 10일 통영에서 열린다. 이 박람회는 경남도와 통영시가 공동 개최했다.",
         {("통영", "남해 해양레저 박람회"), ("경남도", "남해 해양레저 박람회"), ("통영시", "남해 해양레저 박람회")}),
        ("2025 남해 해양레저 박람회가 다음 달 열린다. 한빛해양재단이 주최한 이 박람회에는 120개 업체가 참가한다.",
         {("한빛해양재단", "남해 해양레저 박람회")}),
        ("제10회 세계로봇포럼이 11일 개막했다. 해당 포럼은 한국로봇협회가 주최했다.",
         {("한국로봇협회", "세계로봇포럼")}),
        ("누리음악축제가 한빛재단 주최로 11일 열렸다.", {("한빛재단", "누리음악축제")}),
        ("한빛재단은 다음 달 제3회 누리음악축제를 개최한다.", {("한빛재단", "누리음악축제")}),
        ("제3회 누리음악축제는 오는 5일 통영에서 개최된다.", {("통영", "누리음악축제")}),
        # The clause describes the final, not the cup; "에" after France is no venue.
        ("요하네스버그에서 열린 2010 FIFA 월드컵 결승전에서 스페인이 이겼다.", {("FIFA", "FIFA 월드컵")}),
        ("스페인은 독일, 프랑스에 이어 비유럽지역에서 개최된 2010 FIFA 월드컵에서 우승했다.",
         {("FIFA", "FIFA 월드컵")}),
    ],
)
def test_who_holds_an_event_and_where_host_it(extractor, text, facts):
    assert _named_facts(extractor, text, "hosts") == facts


def test_this_fair_is_an_alias_of_the_fair_named_before(extractor):
    text = "2025 남해 해양레저 박람회가 열린다. 이 박람회는 경남도가 개최했다. 이번 축제는 없다."
    ex = extractor.extract(make_article(text))
    aliases = {(a.text, ante.text) for a, ante in ex.aliases}
    assert ("박람회", "남해 해양레저 박람회") in aliases
    assert not any(a.text == "축제" for a, _ in ex.aliases)  # no festival was named before


@pytest.mark.parametrize(
    "text, event",
    [("한빛재단은 다음 달 제3회 누리음악축제를 개최한다.", "누리음악축제"),
     ("정부는 11월 2026 첨단소재 산업박람회를 연다.", "첨단소재 산업박람회")],
)
def test_an_edition_or_year_makes_an_event_of_common_nouns(extractor, text, event):
    assert (event, "Event") in set(_typed(extractor, text)[0])


def test_a_season_is_no_year_of_an_event(extractor):
    assert not _typed(extractor, "2019-2020 시즌 마무리 대회는 10월로 미뤄졌다.")[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("한울정밀은 하노이 인근 박닌성에 공장을 짓는다.", ("박닌성", "Place")),  # not a person named 박
        ("박람회는 하노이 국제전시센터에서 열린다.", ("하노이 국제전시센터", "Facility")),  # the venue, whole
    ],
)
def test_what_lies_near_a_place_or_is_named_after_it_is_no_person_or_city(extractor, text, expected):
    got = set(_typed(extractor, text)[0])
    assert expected in got
    assert ("하노이", "Organization") not in got


def test_a_foreign_name_before_a_city_and_its_title_is_whole(extractor):
    text = "윤 지사는 쩐 반 하이 하노이시 인민위원장과 면담했다."
    assert ("쩐 반 하이", "Person") in set(_typed(extractor, text)[0])
    assert ("쩐 반 하이", "하노이") in _facts(extractor, text, "holdsOffice")


def test_a_planned_completion_is_no_founding_date(extractor):
    text = "산업부는 소재 실증센터 2곳을 착공하고 2027년 6월 완공할 계획이다."
    assert _facts(extractor, text, "establishedDate", value=True) == set()
    assert _facts(extractor, "한빛센터는 2019년 6월 완공됐다.", "establishedDate", value=True) == {
        ("한빛센터", "2019-06")}


def test_a_name_the_crf_finds_once_stands_where_it_passed_it_over(extractor):
    text = '또 한국소재산업진흥원을 통해 중소기업 300곳을 지원한다. 강민혁 한국소재산업진흥원장은 "돕겠다"고 말했다.'
    found = [m for m in _typed(extractor, text)[1].mentions if m.text == "한국소재산업진흥원"]
    assert len(found) == 2 and {m.type for m in found} == {"Organization"}


# Invented articles: a wire story, a press release, a state visit abroad and a plant's groundbreaking.
NEW_ARTICLES = {"wire": "governor_vietnam_wire.txt", "release": "ministry_policy_release.txt",
                "visit": "state_visit_abroad.txt", "plant": "plant_groundbreaking.txt"}


@pytest.fixture(scope="session")
def new_articles(extractor):
    return {key: extractor.extract(make_article((DATA / name).read_text(encoding="utf-8"), key))
            for key, name in NEW_ARTICLES.items()}


@pytest.mark.parametrize(
    "key, name, type_",
    [
        ("wire", "윤태성", "Person"), ("wire", "쩐 반 하이", "Person"), ("wire", "서하진", "Person"),
        ("wire", "박세은", "Person"), ("wire", "한울정밀", "Organization"), ("wire", "대성기공", "Organization"),
        ("wire", "가람로보틱스", "Organization"), ("wire", "충남경제진흥원", "Organization"),
        ("wire", "베트남 산업무역부", "Organization"), ("wire", "하노이", "Place"), ("wire", "박닌성", "Place"),
        ("wire", "베트남 국제산업박람회", "Event"), ("wire", "당진항", "Facility"),
        ("wire", "하노이 국제전시센터", "Facility"),  # where the fair is held: the venue, not its operator
        ("release", "산업통상자원부", "Organization"), ("release", "마서윤", "Person"),
        ("release", "첨단소재 공급망 강화 전략", "Plan"), ("release", "정부세종청사", "Facility"),
        ("release", "한국소재산업진흥원", "Organization"), ("release", "강민혁", "Person"),
        ("release", "첨단소재 산업박람회", "Event"), ("release", "세진금속", "Organization"),
        ("release", "한도경", "Person"),
        ("visit", "한도윤", "Person"), ("visit", "루카시 흐라데크", "Person"), ("visit", "김서린", "Person"),
        ("visit", "체코", "Place"), ("visit", "오스트라바", "Place"), ("visit", "대통령실", "Organization"),
        ("visit", "프라하 국제컨벤션센터", "Facility"), ("visit", "한·체코 비즈니스 포럼", "Event"),
        ("visit", "한빛중공업", "Organization"), ("visit", "모라바에네르기", "Organization"),
        ("visit", "다온배터리", "Organization"), ("visit", "스코르다모터스", "Organization"),
        ("visit", "다온배터리 유럽공장", "Facility"), ("visit", "실레시아공과대학교", "Organization"),
        ("plant", "장태인", "Person"), ("plant", "오세령", "Person"), ("plant", "마크 윌러비", "Person"),
        ("plant", "카스텔머티리얼즈", "Organization"), ("plant", "동해케미칼", "Organization"),
        ("plant", "동해카스텔", "Organization"), ("plant", "경상북도", "Place"),
        ("plant", "포항 배터리특구 2030", "Plan"), ("plant", "포항 소재혁신센터", "Facility"),
        ("plant", "1조2천억원", "Quantity"), ("plant", "7천억원", "Quantity"), ("plant", "800개", "Quantity"),
        ("plant", "2027년", "Date"),
    ],
)
def test_new_articles_name_their_entities(new_articles, key, name, type_):
    found = [m for m in new_articles[key].mentions if m.text == name]
    assert found, f"no mention {name!r}"
    assert {m.type for m in found} == {type_}


@pytest.mark.parametrize("key, absent", [("wire", "연합뉴스"), ("wire", "당진항 확장 공사"), ("wire", "충남도 경제사절단")])
def test_new_articles_leave_boilerplate_and_works_out(new_articles, key, absent):
    assert not any(m.text == absent or m.name == absent for m in new_articles[key].mentions)
    assert not any(m.text.endswith("공사") for m in new_articles[key].mentions)


@pytest.mark.parametrize(
    "key, subject, predicate, obj",
    [
        ("wire", "윤태성", "holdsOffice", "충남"),
        ("wire", "쩐 반 하이", "holdsOffice", "하노이"),
        ("wire", "서하진", "holdsOffice", "가람로보틱스"),
        ("wire", "박세은", "holdsOffice", "충남경제진흥원"),
        ("wire", "윤태성", "metWith", "쩐 반 하이"),
        ("wire", "베트남 산업무역부", "hosts", "베트남 국제산업박람회"),
        ("wire", "하노이 국제전시센터", "hosts", "베트남 국제산업박람회"),
        ("release", "마서윤", "holdsOffice", "산업통상자원부"),
        ("release", "강민혁", "holdsOffice", "한국소재산업진흥원"),
        ("release", "한도경", "holdsOffice", "세진금속"),
        ("release", "산업통상자원부", "announced", "첨단소재 공급망 강화 전략"),
        ("release", "정부", "hosts", "첨단소재 산업박람회"),
        ("release", "산업통상자원부", "hosts", "첨단소재 산업박람회"),
        ("release", "한국소재산업진흥원", "hosts", "첨단소재 산업박람회"),
        ("visit", "한도윤", "visited", "체코 프라하"),
        ("visit", "한도윤", "metWith", "루카시 흐라데크"),
        ("visit", "루카시 흐라데크", "holdsOffice", "체코"),
        ("visit", "김서린", "holdsOffice", "대통령실"),
        ("visit", "프라하 국제컨벤션센터", "hosts", "한·체코 비즈니스 포럼"),
        ("visit", "한도윤", "visited", "다온배터리 유럽공장"),
        ("visit", "한도윤", "visited", "실레시아공과대학교"),
        ("visit", "다온배터리 유럽공장", "locatedIn", "오스트라바"),
        ("visit", "다온배터리 유럽공장", "establishedBy", "다온배터리"),
        ("plant", "장태인", "holdsOffice", "경북"),
        ("plant", "오세령", "holdsOffice", "포항"),
        ("plant", "마크 윌러비", "holdsOffice", "카스텔머티리얼즈"),
        ("plant", "동해카스텔", "establishedBy", "카스텔머티리얼즈"),
        ("plant", "동해카스텔", "establishedBy", "동해케미칼"),
        ("plant", "오세령", "announced", "포항 배터리특구 2030"),
        ("plant", "마크 윌러비", "visited", "포항 소재혁신센터"),
    ],
)
def test_new_articles_key_facts(new_articles, key, subject, predicate, obj):
    facts = {(r.subject.name, r.predicate, r.object.name) for r in new_articles[key].relations if r.object}
    assert (subject, predicate, obj) in facts


@pytest.mark.parametrize("key", ["release", "plant"])
def test_new_articles_date_no_founding_by_a_target(new_articles, key):
    # "2027년 6월 완공할 계획이다", "2027년 완공될 예정": not built yet.
    assert not any(r.predicate == "establishedDate" for r in new_articles[key].relations)


@pytest.mark.parametrize(
    "text, person, body, office",
    [
        # kiwipiepy cuts these names into other morphemes: 백 + 승 + 환 (a numeral, a bound
        # noun, a root), 장태 + 이 + ㄴ ("which is"), 김 + 서리 + ㄴ (a verb).
        ("백승환 전북지사는 방문단을 위한 만찬을 열었다.", "백승환", "전북", "전북지사"),
        ("착공식에는 장태인 경북지사가 참석했다.", "장태인", "경북", "경북지사"),
        ("김서린 대통령실 경제수석은 성과가 컸다고 밝혔다.", "김서린", "대통령실", "대통령실 경제수석"),
        ("박지훈 대통령실 대변인은 입장을 밝혔다.", "박지훈", "대통령실", "대통령실 대변인"),  # the office of state
        ("점포라인 김창환 대표는 매출이 줄었다고 말했다.", "김창환", "점포라인", "대표"),  # 김 + 창 + 환
    ],
)
def test_a_name_kiwipiepy_misreads_before_a_title_holds_the_office(extractor, text, person, body, office):
    got, ex = _typed(extractor, text)
    assert (person, "Person") in got
    holds = {(r.subject.text, r.object.text if r.object else None, r.value) for r in ex.relations
             if r.predicate == "holdsOffice"}
    assert (person, body, office) in holds


@pytest.mark.parametrize("text", ["유명한 감독이 경기를 지휘했다.", "이러한 대표 사례가 늘고 있다.", "이게 문제인 대표 사례다."])
def test_an_adjective_before_a_title_is_no_name(extractor, text):
    assert not [n for n, t in _typed(extractor, text)[0] if t == "Person"]


@pytest.mark.parametrize(
    "text, plan, announcer",
    [
        # A name, its target year and the kind of plan after it: the plan, whole with its year.
        ("정민호 시장은 '군산 배터리밸리 2030' 계획을 발표했다.", "군산 배터리밸리 2030", "정민호"),
        ("정민호 시장은 기업 40곳을 유치하는 군산 배터리밸리 2030 계획을 발표했다.", "군산 배터리밸리 2030", "정민호"),
        ("오세령 시장은 이날 포항 배터리특구 2030 전략을 발표하고 지원을 약속했다.", "포항 배터리특구 2030", "오세령"),
        ("한빛시는 한빛 스마트시티 비전 2035를 발표했다.", "한빛 스마트시티 비전 2035", None),  # the kind before the year
    ],
)
def test_a_name_with_a_target_year_and_a_plan_word_is_a_plan(extractor, text, plan, announcer):
    got, _ = _typed(extractor, text)
    assert (plan, "Plan") in got
    assert not {(plan.rsplit(" ", 1)[0], t) for t in ("Place", "Organization")} & set(got)  # no valley, no city
    if announcer:
        assert (announcer, plan) in _facts(extractor, text, "announced")


@pytest.mark.parametrize("text", ["정부는 탄소중립 2050 전략을 발표했다.", "그는 2030년 계획을 밝혔다."])
def test_a_year_and_a_plan_word_after_common_nouns_name_no_plan(extractor, text):
    assert not [n for n, t in _typed(extractor, text)[0] if t == "Plan"]


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # Where something is held, or what is visited, is the building ...
        ("포럼은 한빛 국제전시센터에서 열렸다.", "한빛 국제전시센터", "Facility"),
        ("사절단은 하노이 국제전시센터에서 열리는 박람회에 참가한다.", "하노이 국제전시센터", "Facility"),
        ("대표단은 포항 소재혁신센터를 둘러봤다.", "포항 소재혁신센터", "Facility"),  # several nouns, visited
        # ... and what acts is the body.
        ("한빛로봇센터는 새 연구 결과를 발표했다.", "한빛로봇센터", "Organization"),
    ],
)
def test_a_centre_held_in_or_visited_is_a_facility_one_that_acts_a_body(extractor, text, name, type_):
    assert (name, type_) in _typed(extractor, text)[0]


def test_a_foreign_leader_before_country_and_title_is_a_person_who_met(extractor):
    text = ("한도윤 대통령은 루카시 흐라데크 체코 대통령과 정상회담을 가졌다. "
            "흐라데크 대통령은 이날 저녁 만찬을 열었다.")
    _, ex = _typed(extractor, text)
    assert {m.type for m in ex.mentions if m.name == "루카시 흐라데크"} == {"Person"}
    assert any(m.text == "흐라데크" for m in ex.mentions if m.name == "루카시 흐라데크")  # the family name alone
    assert ("한도윤", "루카시 흐라데크") in _facts(extractor, text, "metWith")
    assert ("루카시 흐라데크", "체코") in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, firm, longer",
    [
        # The description before a firm's name is no part of it ...
        ("누리전자는 체코 자동차업체 스코르다모터스와 협약을 맺었다.", "스코르다모터스", "체코 자동차업체 스코르다모터스"),
        ("미국 배터리소재 기업 카스텔머티리얼즈의 공장이 착공했다.", "카스텔머티리얼즈",
         "미국 배터리소재 기업 카스텔머티리얼즈"),
        # ... and makes a name the name taggers read as a person's a firm.
        ("공장은 합작법인 동해카스텔이 짓는다. 동해카스텔은 지난해 두 회사가 세웠다.", "동해카스텔", None),
    ],
)
def test_a_firm_described_before_its_name_is_that_firm_alone(extractor, text, firm, longer):
    got, _ = _typed(extractor, text)
    assert {t for n, t in got if n == firm} == {"Organization"}
    assert longer is None or longer not in {n for n, _ in got}


def test_a_legal_form_stays_in_the_name(extractor):
    got, _ = _typed(extractor, "사단법인 한빛재해구호협회는 모금 목표액을 밝혔다.")
    assert ("사단법인 한빛재해구호협회", "Organization") in got


@pytest.mark.parametrize(
    "text, firm, not_",
    [
        # 배터리 ends the firm's name, as 정밀 or 소재 do: not a village "…리"
        ("한빛중공업은 MOU를 맺었고, 다온배터리는 스코르다모터스와 협약을 체결했다.", "다온배터리", "Place"),
        ("그는 마크 윌러비 카스텔머티리얼즈 최고경영자(CEO)와 만났다.", "카스텔머티리얼즈", None),
    ],
)
def test_a_firm_named_by_its_industry_or_its_chief_executive(extractor, text, firm, not_):
    got, ex = _typed(extractor, text)
    assert (firm, "Organization") in got
    if not_ is None:  # 최고경영자 is the title of the firm's head
        assert ("마크 윌러비", "카스텔머티리얼즈") in _facts(extractor, text, "holdsOffice")


def test_a_clause_describing_the_topic_through_a_determiner_founds_it(extractor):
    text = ("한 대통령은 오스트라바에 있는 다온배터리 유럽공장을 방문했다. "
            "이 공장은 다온배터리가 2023년 오스트라바에 세운 유럽 첫 생산기지로, 직원 1200명이 일한다.")
    assert ("다온배터리 유럽공장", "다온배터리") in _facts(extractor, text, "establishedBy")


def test_the_first_party_of_a_bilateral_event_does_not_host_it(extractor):
    text = "기업들은 프라하 국제컨벤션센터에서 열린 '한·체코 비즈니스 포럼'에서 협약을 맺었다."
    assert _facts(extractor, text, "hosts") == {("프라하 국제컨벤션센터", "한·체코 비즈니스 포럼")}


@pytest.mark.parametrize(
    "text, amount",
    [
        ("총 투자액은 1조2천억원으로 늘었다.", "1조2천억원"),
        ("동해케미칼이 5천억원을 투자한다.", "5천억원"),
        ("관중 2만5천명이 모였다.", "2만5천명"),
    ],
)
def test_amounts_with_several_multipliers_are_one_quantity(extractor, text, amount):
    _, ex = _typed(extractor, text)
    assert amount in [m.text for m in ex.mentions if m.type == "Quantity"]


def test_an_area_with_several_multipliers_counts_them_all(extractor):
    text = "한빛공원은 면적 2만5천㎡의 공원이다."
    assert ("한빛공원", "25000") in _facts(extractor, text, "areaSquareMetres", value=True)




@pytest.mark.parametrize(
    "text, person, place_or_body, type_",
    [
        # The place of the office after a foreign name of several words is a province,
        # though "박닌성" has a Korean name's shape ...
        ("응우옌 반 안 박닌성 인민위원장은 하노이 인근에 부지를 제공하겠다고 밝혔다.", "응우옌 반 안", "박닌성", "Place"),
        # ... and the body of the office is no part of the person the CRF reads over both.
        ("이에 대해 이도훈 씨의 어머니 박서란 이도훈재단 이사장은 기자회견장에서 입장을 밝혔다.", "박서란", "이도훈재단",
         "Organization"),
    ],
)
def test_the_place_or_body_of_an_office_is_no_part_of_its_holder(extractor, text, person, place_or_body, type_):
    got, _ = _typed(extractor, text)
    assert (person, "Person") in got and (place_or_body, type_) in got
    assert (person, place_or_body) in _facts(extractor, text, "holdsOffice")


def test_a_foreign_given_name_before_a_title_is_no_employer(extractor):
    text = "르보모빌리티의 에티엔 제르보 최고경영자가 군산에 도착했다고 전라북도가 밝혔다."
    got, _ = _typed(extractor, text)
    assert ("에티엔 제르보", "Person") in got and ("에티엔", "Organization") not in got
    assert ("에티엔 제르보", "르보모빌리티") in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, name, type_",
    [
        # A firm's trade word after a stem the CRF reads as a given name: no one is named "…가스".
        ("2022년 석정가스와 울산항만공사가 공동으로 설립한 온산수소공장을 둘러봤다.", "석정가스", "Organization"),
        ("2022년 태동가스와 울산항만공사가 공동으로 설립한 온산수소공장을 둘러봤다.", "태동가스", "Organization"),
        # A foreign province written bare beside the same name with 성: the place, not a person.
        ("세명전자는 2015년부터 타이빈과 하이퐁에서 공장을 운영하고 있다. 세명전자는 하노이 인근 타이빈성에 "
         "연구소도 세웠다.", "타이빈", "Place"),
        ("세명전자는 2015년부터 박장과 하이퐁에서 공장을 운영하고 있다. 세명전자는 하노이 인근 박장성에 "
         "연구소도 세웠다.", "박장", "Place"),
        # 항 written onto a town the gazetteer does not know: its port, whole.
        ("나가사키현은 2030년까지 사세보항 수소 충전시설에 150억엔을 투자할 계획이다.", "사세보항", "Facility"),
        # A European city and 성 is its castle, where the state dinner is held; a Chinese 성 stays a province.
        ("대통령은 이날 저녁 부다페스트성에서 국빈 만찬을 열었다.", "부다페스트성", "Facility"),
        ("중국 산둥성에서 지진이 발생했다.", "중국 산둥성", "Place"),
        # Countries joined by a middle dot before an event's head noun, unquoted.
        ("양국 기업들은 이날 프라하에서 열린 한·헝가리 비즈니스 포럼에서 업무협약을 체결했다.",
         "한·헝가리 비즈니스 포럼", "Event"),
        ("양국 기업들은 이날 열린 한·폴란드 경제 포럼에서 업무협약 12건을 체결했다.", "한·폴란드 경제 포럼", "Event"),
    ],
)
def test_firms_places_ports_castles_and_bilateral_events_typed(extractor, text, name, type_):
    found = {(m.name, m.type) for m in extractor.extract(make_article(text)).mentions}
    assert (name, type_) in found, found


@pytest.mark.parametrize("word", ["셰일가스", "유독가스", "사린가스"])
def test_a_kind_of_gas_is_no_firm(word):
    from kg.extract.ko import _firm_word

    assert not _firm_word(word)


def test_a_foreign_surname_in_gas_is_no_firm_shape():
    from kg.extract.ko import _firm_shape

    # "바르가스" (Vargas) is a person; a native stem before 가스 is a firm ("석정가스").
    assert not _firm_shape("바르가스") and _firm_shape("석정가스")


@pytest.mark.parametrize(
    "text",
    [
        "대표단이 구미에 도착했다. 레나르 대표는 구미시청에서 조한결 구미시장과 만나 협약을 체결했다.",
        "방문단은 이날 구미를 찾아 공장을 둘러봤다. 레나르 대표는 조한결 구미시장과 만나 협약을 체결했다.",
    ],
)
def test_a_town_one_arrives_at_is_a_place_and_no_partner_of_the_meeting(extractor, text):
    found = {(m.name, m.type) for m in extractor.extract(make_article(text)).mentions}
    assert ("구미", "Place") in found and ("구미", "Organization") not in found, found
    met = _facts(extractor, text, "metWith")
    assert ("레나르", "조한결") in met
    assert not [pair for pair in met if pair[1] == "구미"], met  # the mayor's city is no partner


@pytest.mark.parametrize(
    "text, city",
    [
        ("하민서 지사는 \"광양과 후쿠오카는 배로 세 시간 거리\"라고 말했다.", "후쿠오카"),
        ("강도윤 사장은 여수와 요코하마는 자매 항구라고 설명했다.", "요코하마"),
    ],
)
def test_a_major_city_the_gazetteer_spells_only_with_si_is_no_person(extractor, text, city):
    # GeoNames writes these cities' Hangul names only as "후쿠오카 시"; bare, they are still the city.
    found = {(m.text, m.type) for m in extractor.extract(make_article(text)).mentions}
    assert (city, "Person") not in found, found
    assert (city, "Place") in found, found


@pytest.mark.parametrize(
    "text, word",
    [
        ("정부는 소형모듈원전 개발에 3조원을 투자한다고 밝혔다.", "소형모듈원전"),
        ("소형모듈원전은 안전하다고 윤서진 교수는 말했다.", "소형모듈원전"),
    ],
)
def test_a_compound_of_common_nouns_with_no_body_head_is_no_organisation(extractor, text, word):
    found = {(m.text, m.type) for m in extractor.extract(make_article(text)).mentions}
    assert (word, "Organization") not in found, found


@pytest.mark.parametrize(
    "word, body",
    [("보건당국", True), ("원자력연구원", True), ("국악합창단", True), ("기획조정팀", True), ("주한미군", True),
     ("중앙선관위", True), ("소형모듈원전", False), ("수소연료전지", False), ("검찰개혁", False)],
)
def test_a_body_split_into_common_nouns_is_told_by_its_head(word, body):
    from kg.extract.ko import _body_head

    assert _body_head(word) is body


def test_a_common_noun_firm_before_a_person_and_title_stays_a_firm(extractor):
    # Only the CRF's bare reading is dropped: "가게라인" is two common nouns, but a name and title follow.
    text = "보고서를 낸 가게라인 윤하람 대표는 매출이 줄 수 있다고 말했다."
    found = {(m.text, m.type) for m in extractor.extract(make_article(text)).mentions}
    assert ("가게라인", "Organization") in found, found


# --------------------------------------------------------------------------
# s14: a city's press release, a minister's interview, a report of ▲-lists
# and a foreign delegation's visit (tests/data/ko/s14_*.txt, all invented),
# read through ingest as a user's file is.


def _s14(extractor, name):
    from kg.ingest import article_from_text

    text = (DATA / f"s14_{name}.txt").read_text(encoding="utf-8")
    return extractor.extract(article_from_text(text, id=name, source=f"{name}.txt", lang="ko"))


@pytest.fixture(scope="session")
def s14(extractor):
    names = ("city_press_release", "minister_interview", "bullet_list_report", "foreign_delegation_visit")
    return {n: _s14(extractor, n) for n in names}


@pytest.mark.parametrize(
    "article, text, type_",
    [
        ("city_press_release", "서원모빌리티", "Organization"),
        ("city_press_release", "한정우", "Person"),
        ("city_press_release", "청운", "Place"),  # "청운시는": the town its mayor's title names
        ("minister_interview", "차윤서", "Person"),
        ("minister_interview", "중소벤처기업부", "Organization"),
        ("minister_interview", "테마섹", "Organization"),  # "테마섹 관계자들과": a body with officials
        ("minister_interview", "온새바이오", "Organization"),
        ("bullet_list_report", "가람테크", "Organization"),  # the last item of "▲…▲가람테크 등"
        ("bullet_list_report", "다온정밀", "Organization"),
        ("bullet_list_report", "경남 창원", "Place"),
        ("bullet_list_report", "전북 군산", "Place"),
        ("bullet_list_report", "한국산업기술진흥원", "Organization"),
        ("foreign_delegation_visit", "마레크 코발스키", "Person"),
        ("foreign_delegation_visit", "안나 노바크", "Person"),
        ("foreign_delegation_visit", "박서진", "Person"),
        ("foreign_delegation_visit", "해성중공업", "Organization"),
        ("foreign_delegation_visit", "대한상공회의소", "Organization"),
    ],
)
def test_s14_fixture_mentions_typed(s14, article, text, type_):
    assert type_ in {m.type for m in s14[article].mentions if m.text == text}, text


@pytest.mark.parametrize(
    "article, subject, predicate, obj",
    [
        ("city_press_release", "한정우", "holdsOffice", "청운"),
        ("city_press_release", "유다현", "holdsOffice", "서원모빌리티"),
        ("city_press_release", "서원모빌리티", "locatedIn", "덕포동"),
        ("city_press_release", "서원모빌리티", "establishedDate", "2019"),  # "2019년 청운시 덕포동에 설립된"
        ("minister_interview", "차윤서", "holdsOffice", "중소벤처기업부"),
        ("minister_interview", "차윤서", "visited", "싱가포르"),
        ("minister_interview", "차윤서", "visited", "베트남 하노이"),
        ("bullet_list_report", "한빛전자", "locatedIn", "경기 화성"),
        ("bullet_list_report", "한빛전자", "establishedDate", "2016"),
        ("bullet_list_report", "권태호", "holdsOffice", "누리화학"),
        ("foreign_delegation_visit", "마레크 코발스키", "visited", "울산"),
        ("foreign_delegation_visit", "마레크 코발스키", "metWith", "김도윤"),  # "코발스키 장관 일행은 … 만나"
        ("foreign_delegation_visit", "김도윤", "holdsOffice", "울산"),
        ("foreign_delegation_visit", "박서진", "holdsOffice", "산업통상자원부"),  # "… 통상차관보"
        ("foreign_delegation_visit", "안나 노바크", "holdsOffice", "폴란드 투자무역청"),
        ("foreign_delegation_visit", "안나 노바크", "metWith", "정민규"),
        ("foreign_delegation_visit", "토마스 레빈", "holdsOffice", "폴란드"),  # "주한 폴란드대사"
        ("foreign_delegation_visit", "해성중공업", "locatedIn", "울산"),
        ("foreign_delegation_visit", "해성중공업", "establishedDate", "1974"),
    ],
)
def test_s14_fixture_relations(s14, article, subject, predicate, obj):
    facts = {(r.subject.name, r.predicate, r.object.name if r.object is not None else r.value)
             for r in s14[article].relations}
    assert (subject, predicate, obj) in facts, sorted(facts)


def test_s14_boilerplate_and_list_marks_give_no_names_or_facts(s14):
    release = s14["city_press_release"]
    text = release.article.text
    credits = text.index("담당부서")  # contact lines, the reporter's e-mail and the copyright line
    assert not [m for m in release.mentions if m.start >= credits]
    assert not [m for m in release.mentions if m.text in ("뉴스한결", "미래산업과", "김소연")]
    # "…24만㎡ 부지에": the cluster's size, not the city's (the sentence is about the unnamed cluster).
    assert not [r for r in release.relations if r.predicate == "areaSquareMetres"]
    everything = [m for ex in s14.values() for m in ex.mentions]
    assert not [m for m in everything if any(ch in m.text for ch in "▲①②③")]
    facts = {(r.subject.name, r.predicate) for ex in s14.values() for r in ex.relations}
    assert not [f for f in facts if f[0] in ("설립 문제", "조선")], facts  # "바르샤바 지사 설립 문제", "조선 기업"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bullet mark separates names as a comma does, and is no part of them.
        ("지원 기업은 ▲가온전자 ▲다솜화학 ▲누리테크 등이다.", {"가온전자", "다솜화학", "누리테크"}),
        ("협약 기업은 ①가온전자 ②다솜화학 ③누리테크다.", {"가온전자", "다솜화학", "누리테크"}),
        ("거점은 ▲경남 창원 ▲전북 군산 두 곳이다.", {"경남 창원", "전북 군산"}),
        ("후보지는 ①경남 창원 ②전북 군산이다.", {"경남 창원", "전북 군산"}),
    ],
)
def test_bullet_marks_separate_listed_names(extractor, text, expected):
    found = {m.text for m in extractor.extract(make_article(text)).mentions if m.type not in ("Date", "Quantity")}
    assert expected <= found, found
    assert not [m for m in found if any(ch in m for ch in "▲①②③")], found


def test_names_in_a_bullet_list_share_a_visit(extractor):
    facts = _facts(extractor, "윤서하 장관은 ▲가온전자 ▲다솜화학을 방문했다.", "visited")
    assert {("윤서하", "가온전자"), ("윤서하", "다솜화학")} <= facts, facts


@pytest.mark.parametrize(
    "text, subject, obj",
    [
        ("코발스키 장관 일행은 이날 김도윤 한빛시장을 만나 협력을 논의했다.", "코발스키", "김도윤"),
        ("박서윤 대통령 내외는 이날 하노이를 방문했다.", "박서윤", "하노이"),
    ],
)
def test_a_persons_party_acts_for_the_person(extractor, text, subject, obj):
    _, ex = _typed(extractor, text)
    facts = {(r.subject.text, r.object.text) for r in ex.relations if r.object is not None
             and r.predicate in ("metWith", "visited")}
    assert (subject, obj) in facts, facts


def test_common_nouns_after_a_branch_are_no_foreign_name(extractor):
    # 지사 is a governor and a branch: "바르샤바 지사 설립 문제" has no person.
    _, ex = _typed(extractor, "노바크 청장은 바르샤바 지사 설립 문제를 협의했다.")
    assert not [m for m in ex.mentions if m.type == "Person" and "설립" in m.text]
    assert not [r for r in ex.relations if r.subject.text == "설립 문제"]


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("이 자리에는 산업통상자원부 박서진 통상차관보가 함께했다.", "박서진", "산업통상자원부"),
        ("외교부 한가람 차관보는 워싱턴을 방문했다.", "한가람", "외교부"),
        ("윤다솜 국토교통부 도시정책관이 참석했다.", "윤다솜", "국토교통부"),
    ],
)
def test_senior_civil_service_posts_are_offices(extractor, text, person, body):
    assert (person, body) in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, subject, value",
    [
        ("해성중공업은 1974년 울산에 설립된 조선 기업이다.", "해성중공업", "1974"),
        ("서원모빌리티는 2019년 한빛시 덕포동에 설립된 부품 기업이다.", "서원모빌리티", "2019"),
    ],
)
def test_founding_date_across_the_place_of_founding(extractor, text, subject, value):
    assert (subject, value) in _facts(extractor, text, "establishedDate", value=True)


def test_a_name_that_modifies_a_common_noun_was_not_founded(extractor):
    facts = _facts(extractor, "해성중공업은 1974년 울산에 설립된 부산 조선 기업이다.", "establishedDate", value=True)
    assert facts == {("해성중공업", "1974")}, facts


@pytest.mark.parametrize(
    "text, name",
    [("싱가포르에서는 테마섹 관계자들과 면담했다.", "테마섹"), ("노바텍 관계자는 협의가 끝났다고 말했다.", "노바텍")],
)
def test_a_word_with_officials_is_a_body(extractor, text, name):
    assert (name, "Organization") in _typed(extractor, text)[0]


def test_a_person_with_officials_stays_a_person(extractor):
    assert ("김하늘", "Person") in _typed(extractor, "김하늘 관계자는 말했다.")[0]


def test_a_town_named_by_its_mayors_title_is_found_everywhere(extractor):
    # kiwipiepy reads the unknown town of "청운시는" as common nouns; "청운시 한정우 시장" shows it is a town.
    text = "청운시 한정우 시장은 리옹을 방문했다. 청운시는 계획을 발표했다. 공장은 청운시 덕포동에 들어선다."
    places = [m.text for m in _typed(extractor, text)[1].mentions if m.type == "Place" and m.text.startswith("청운")]
    assert len(places) == 3, places


def test_a_sentence_about_an_unnamed_thing_gives_its_size_to_no_name(extractor):
    text = "덕포동은 한빛시 북쪽에 있다. 공장은 24만㎡ 부지에 들어선다."
    assert not _facts(extractor, text, "areaSquareMetres", value=True)


def test_a_facility_noun_after_a_named_facility_goes_on_about_it(extractor):
    text = ("윤 시장은 '가람대 창업센터'를 방문했다. '가람대 창업센터'는 창업자를 지원하는 곳이다. "
            "센터는 지상 1층~지하 2층(5000㎡) 규모로 지어졌다.")
    assert ("가람대 창업센터", "5000") in _facts(extractor, text, "areaSquareMetres", value=True)


@pytest.mark.parametrize(
    "text, person, country",
    [
        # "주한" (posted in Korea) is no part of the envoy's name, and "폴란드대사" is an envoy of 폴란드.
        ("토마스 레빈 주한 폴란드대사가 참석했다.", "토마스 레빈", "폴란드"),
        ("토마스 레빈 주한 폴란드 대사가 참석했다.", "토마스 레빈", "폴란드"),
        ("성 김 주한 미국대사가 방문했다.", "성 김", "미국"),
    ],
)
def test_an_envoy_holds_the_office_of_the_country_before_the_title(extractor, text, person, country):
    assert (person, country) in _facts(extractor, text, "holdsOffice")
    assert not [m for m in _typed(extractor, text)[0] if m[1] == "Person" and "주한" in m[0]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("경기도는 가람모빌리티와 업무협약(MOU)을 체결했다고 밝혔다.", {("경기도", "가람모빌리티")}),
        ("청주시와 가람모빌리티는 24일 시청에서 투자 협약을 맺었다.", {("청주시", "가람모빌리티")}),
        # One fact per partner, each from the party named first.
        ("가람그룹은 다온바이오, 미르소프트와 각각 양해각서를 체결했다.",
         {("가람그룹", "다온바이오"), ("가람그룹", "미르소프트")}),
        ("청주시-가람모빌리티 간 투자협약 체결", {("청주시", "가람모빌리티")}),
        ("가람그룹과 다온바이오 사이에 계약이 체결됐다.", {("가람그룹", "다온바이오")}),
        ("청주시는 가람모빌리티와 협약식을 갖고 협력하기로 했다.", {("청주시", "가람모빌리티")}),
        ("가람그룹은 다온바이오와 MOU 체결식을 가졌다.", {("가람그룹", "다온바이오")}),
        ("가람그룹과 다온바이오는 MOU를 교환했다.", {("가람그룹", "다온바이오")}),
        ("가람그룹은 다온바이오와 공급 계약을 체결했다.", {("가람그룹", "다온바이오")}),
        # A person signing for a body stays the party, as for metWith.
        ("김하늘 지사는 한빛모터스와 협약을 체결했다.", {("김하늘", "한빛모터스")}),
        # Each clause has its own signer; a predicate describing the agreement cuts no window.
        ("가람그룹은 다온바이오와 공동 개발에 관한 MOU를 맺었고, 누리전자는 청주시와 투자 협약을 체결했다.",
         {("가람그룹", "다온바이오"), ("누리전자", "청주시")}),
        # A clause whose own topic names nothing ("도는") is not the sentence topic's signing.
        ("가람그룹은 다온바이오와 MOU를 맺었고, 도는 청주시와 투자 협약을 체결했다.", {("가람그룹", "다온바이오")}),
        # Whom the signer met before is no party.
        ("가람그룹은 청주시와 만나 다온바이오와 협약을 체결했다.", {("가람그룹", "다온바이오")}),
    ],
)
def test_signings_of_agreements_between_the_parties(extractor, text, expected):
    assert _facts(extractor, text, "signedAgreementWith") == expected


@pytest.mark.parametrize(
    "text",
    [
        "가람그룹은 다온바이오와 협약을 체결할 예정이다.",
        "가람그룹은 다온바이오와 협약을 체결하기로 했다.",
        "가람그룹은 다온바이오와 협약을 체결키로 했다.",
        "가람그룹은 25일 다온바이오와 협약을 체결한다.",  # the present news uses for what is scheduled
        "가람그룹은 다온바이오와 협약식을 가질 예정이다.",
        "가람그룹은 다온바이오와 협약을 맺고 공동 개발에 나설 계획이다.",
        "가람그룹은 다온바이오와 협약 체결을 추진한다.",
        "가람그룹은 다온바이오와 협약을 체결하지 않았다.",
        "가람그룹은 다온바이오와 협약을 체결하지 못했다.",
        "가람그룹은 다온바이오와 투자 확대에 합의했다.",  # an accord is no signing
        "가람그룹은 다온바이오와 협력 관계를 맺었다.",  # nor is a relationship
        "가람그룹은 다온바이오와 의견을 교환했다.",
    ],
)
def test_no_signing_for_plans_denials_or_other_objects(extractor, text):
    assert not _facts(extractor, text, "signedAgreementWith")


def test_a_city_press_release_states_each_signing_once_per_sentence(extractor):
    ex = _extract_file(extractor, DATA / "s14b_city_investment_signing.txt", "signing")
    signed = [(r.subject.text, r.object.text, r.sentence.text[:3]) for r in ex.relations
              if r.predicate == "signedAgreementWith"]
    # The headline ("청주시, A·B와 … 체결": its comma marks the topic) and the lead both report them;
    # the planned signing with 미르소프트 and the failed one with 누리에너지 are no facts.
    assert sorted(signed) == sorted([("청주시", "가람모빌리티", "청주시"), ("청주시", "다온바이오", "청주시"),
                                     ("청주시", "가람모빌리티", "청주시"), ("청주시", "다온바이오", "청주시")])
    assert {r.sentence.text.startswith("청주시,") for r in ex.relations if r.predicate == "signedAgreementWith"} == {
        True, False}


@pytest.mark.parametrize(
    "text, person, place",
    [
        # The particle (von, van, bin) keeps the name whole, and the place after it is no part of it.
        ("이날 하인리히 폰 바이센부르크 작센 경제장관이 참석했다.", "하인리히 폰 바이센부르크", "작센"),
        ("이날 디트리히 폰 라이첸펠스 헤센 경제장관이 참석했다.", "디트리히 폰 라이첸펠스", "헤센"),
        ("마르텐 반 데르 벨트 로테르담 시장이 참석했다.", "마르텐 반 데르 벨트", "로테르담"),
        ("아흐메드 빈 라시드 두바이 공항청장은 말했다.", "아흐메드 빈 라시드", "두바이"),
    ],
)
def test_a_foreign_name_with_a_particle_ends_before_the_place_of_its_office(extractor, text, person, place):
    got = set(_typed(extractor, text)[0])
    assert {n for n, typ in got if typ == "Person"} == {person}
    assert (place, "Place") in got


def test_a_four_syllable_family_name_does_not_stop_an_envoys_name(extractor):
    text = "데이비드 로젠버그 주한 미국대사가 참석했다."
    assert ("데이비드 로젠버그", "미국") in _facts(extractor, text, "holdsOffice")


@pytest.mark.parametrize(
    "text, person",
    [
        ("라시드 알수와이리는 말했다.", "라시드 알수와이리"),  # al- glued to the family name
        ("칼리드 알마즈루이는 투자를 약속했다.", "칼리드 알마즈루이"),
        ("무함마드 빈 살만은 말했다.", "무함마드 빈 살만"),
        ("김하늘 알림판이 설치됐다.", "김하늘"),  # a Korean name takes no al-, and 알림판 is a common noun
    ],
)
def test_an_arabic_name_keeps_its_article_and_particle(extractor, text, person):
    persons = {n for n, typ in _typed(extractor, text)[0] if typ == "Person"}
    assert persons == {person}


def _mention_set(x) -> set[tuple[str, str]]:
    """(name, type) of an extraction's mentions."""
    return {(m.name, m.type) for m in x.mentions}


def _fact_set(x) -> set[tuple[str, str, str]]:
    """(subject, predicate, object name or value) of an extraction's relations."""
    return {(r.subject.name, r.predicate, r.object.name if r.object else r.value) for r in x.relations}


def _names_and_facts(extractor, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """The mentions and relations of ``text`` (see :func:`_mention_set`, :func:`_fact_set`)."""
    x = extractor.extract(make_article(text))
    return _mention_set(x), _fact_set(x)


@pytest.mark.parametrize(
    ("text", "person", "office_at"),
    [
        # A five-syllable Indian family name before a body and its title (not cut off the given name).
        ("수닐 찬드라세카르 카르나타카전력공사 사장은 협력을 약속했다.", "수닐 찬드라세카르", "카르나타카전력공사"),
        # A Latin country abbreviation between the name and the body.
        ("무하마드 알나흐얀 UAE 산업부 장관은 부산을 방문했다.", "무하마드 알나흐얀", "UAE 산업부"),
        # kiwipiepy reads two words of the name as one; the state before the title is the office's place.
        ("라비 샹카르 메논 케랄라주 총리가 부산에 도착했다.", "라비 샹카르 메논", "케랄라주"),
        # A Chinese three-syllable province, and the country before it.
        ("천밍위 중국 후난성 당서기가 대구에 도착했다.", "천밍위", "중국 후난성"),
        ("자오쉐린 후난성 상무청장이 동행했다.", "자오쉐린", "후난성"),
    ],
)
def test_foreign_officials_hold_office_at_body_or_place(extractor, text, person, office_at):
    mentions, facts = _names_and_facts(extractor, text)
    assert (person, "Person") in mentions
    assert (person, "holdsOffice", office_at) in facts
    assert not any(n != person and person in n for n, _ in mentions)  # no name swallowing its place


@pytest.mark.parametrize(
    "text",
    [
        "천밍위 중국 후난성 당서기가 대구에 도착했다. 천 서기는 시장을 만났다. 천 당서기는 협력을 약속했다.",
    ],
)
def test_short_form_of_foreign_titled_person_refers_back(extractor, text):
    x = extractor.extract(make_article(text))
    short = [m for m in x.mentions if m.text == "천"]
    assert len(short) == 2 and all(m.name == "천밍위" for m in short)


@pytest.mark.parametrize(
    "text",
    [
        "당 대표는 협력을 약속했다.",  # 당 (the party), a common noun, is no surname
        "이 탑은 서기 1200년에 세워졌다.",  # 서기 of a year (AD), no title
    ],
)
def test_one_syllable_before_title_without_full_name_is_no_person(extractor, text):
    mentions, _ = _names_and_facts(extractor, text)
    assert not any(t == "Person" and ("당" in n or "서기" in n) for n, t in mentions)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("한빛전자는 지난달 공급 계약을 누리로보틱스와 체결했다.", ("한빛전자", "누리로보틱스")),
        ("한빛전자는 누리로보틱스와 업무협약을 맺었다.", ("한빛전자", "누리로보틱스")),
    ],
)
def test_signing_with_partner_after_agreement(extractor, text, pair):
    _, facts = _names_and_facts(extractor, text)
    assert (pair[0], "signedAgreementWith", pair[1]) in facts


def test_partner_after_agreement_needs_a_signing(extractor):
    _, facts = _names_and_facts(extractor, "한빛전자는 계약을 누리로보틱스와 논의했다.")
    assert not any(p == "signedAgreementWith" for _, p, _ in facts)


@pytest.fixture(scope="module")
def province_delegation(extractor):
    """``s14c_province_delegation.txt``: an invented Chinese provincial delegation's visit."""
    return _extract_file(extractor, DATA / "s14c_province_delegation.txt")


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        ("궈하오란", "Person"),  # the governor's whole name, not cut before "…란 푸젠성장"
        ("무하마드 알카시미", "Person"),
        ("목포국제업무지구", "Place"),  # a district's head (지구) grows the place the CRF found
        ("한중해양포럼", "Event"),  # two countries glued onto a forum's name
    ],
)
def test_province_delegation_names(province_delegation, name, typ):
    assert (name, typ) in _mention_set(province_delegation)


@pytest.mark.parametrize(
    "fact",
    [
        ("천밍위", "holdsOffice", "푸젠성"),  # 당서기 is an office; the province before it is its place
        ("궈하오란", "holdsOffice", "푸젠성"),  # "…푸젠성장": the governor, the province named on its own too
        ("천밍위", "metWith", "남궁서연"),  # "천 서기" refers back to the full name
        ("무하마드 알카시미", "holdsOffice", "UAE 에너지부"),
        ("목포해양기술원", "signedAgreementWith", "샤먼해운"),  # the partner after the agreement
    ],
)
def test_province_delegation_facts(province_delegation, fact):
    assert fact in _fact_set(province_delegation)


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("장관은 정부대전청사에서 기자들을 만났다.", "정부대전청사", "Facility"),  # 청사 is a building
        ("한인도경제협의회가 주최한 만찬에서 말했다.", "한인도경제협의회", "Organization"),  # 한+인도, glued
        ("한중미래포럼이 열렸다.", "한중미래포럼", "Event"),
    ],
)
def test_buildings_and_bilateral_bodies(extractor, text, name, typ):
    mentions, _ = _names_and_facts(extractor, text)
    assert (name, typ) in mentions


@pytest.mark.parametrize(
    "text",
    [
        "한중관계가 악화됐다.",  # countries glued onto a common noun with no event's or body's head
        "지구 온난화가 심각하다.",  # 지구 (the Earth) alone is no district
        "천하오위 푸젠성장이 도착했다.",  # no province named on its own: "…성장" may be growth
        "김하늘 매출성장이 둔화됐다.",
        "학생만 참석했다.",  # 만 "only" is no bay
    ],
)
def test_no_bodies_places_or_governors_from_common_words(extractor, text):
    mentions, facts = _names_and_facts(extractor, text)
    assert not any(p == "holdsOffice" for _, p, _ in facts)
    assert not any(t in ("Event", "Place") or n.endswith(("관계", "지구", "만")) for n, t in mentions)


XLING = Path(__file__).resolve().parent / "data" / "xling"


@pytest.mark.parametrize(
    ("fixture", "present", "absent"),
    [
        # kiwipiepy cuts the coined stem into syllables ("형사+ㄴ+제철"); the bay is one proper noun.
        ("pohang_ko.txt", [("형산제철", "Organization"), ("영일만", "Place")], []),
        # "청라의" read as one unknown proper noun grows over no common nouns into a facility.
        ("zhejiang_ko.txt", [("린하오란", "Person")], ["청라의 로봇 공장", "린하오"]),
        ("bacninh_ko.txt",
         [("박닌성", "Place"), ("쩐 티 마이", "Person"), ("팜 득 탕", "Person"), ("대구상공회의소", "Organization"),
          ("옌퐁산업단지", "Facility"), ("응우옌 반 훙", "Person")],
         [("박닌성", "Person"), ("마이 베트남상공회의소", "Organization"), ("팜", "Person")]),
        ("georgia_ko.txt",
         [("토머스 콜드웰", "Person"), ("주애틀랜타 총영사관", "Organization")],
         [("콜드웰", "Place"), ("주애틀랜타 총영사관", "Place")]),
    ],
)
def test_xling_articles(extractor, fixture, present, absent):
    """Names of our pair articles are found whole and typed; ``absent`` holds misreadings (a name, or a name and type)."""
    names = _mention_set(_extract_file(extractor, XLING / fixture))
    assert [p for p in present if p not in names] == []
    assert [a for a in absent if (a in names if isinstance(a, tuple) else any(n == a for n, _ in names))] == []


@pytest.fixture(scope="session")
def s15_delegation(extractor):
    """``s15_province_delegation.txt``: an invented Vietnamese provincial delegation's visit."""
    return _extract_file(extractor, DATA / "s15_province_delegation.txt", "s15_delegation")


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        # A Vietnamese name of several one-syllable words stays whole before a province or body and a title.
        ("응우옌 득 롱", "Person"),
        ("레 티 하", "Person"),
        ("호 반 꽝", "Person"),  # before a portfolio written onto 국장 ("기획투자국장")
        # A foreign province that looks like a Korean name is a place wherever it stands.
        ("타이빈성", "Place"),
        ("베트남상공회의소", "Organization"),  # 상공회의소 heads a body
        ("창원상공회의소", "Organization"),
        ("띠엔하이산업단지", "Facility"),  # the park, not the province before it
        ("주호찌민 총영사관", "Organization"),  # a mission posted to a place is a body
        ("리처드 잭슨", "Person"),  # a Western family name that is also a town
    ],
)
def test_s15_delegation_mentions(s15_delegation, name, typ):
    assert (name, typ) in _mention_set(s15_delegation)


@pytest.mark.parametrize(
    "wrong",
    [
        ("타이빈성", "Person"),
        ("응우옌", "Person"),
        ("하 베트남상공회의소", "Organization"),
        ("타이빈성 띠엔하이산업단지", "Organization"),
        ("주호찌민 총영사관", "Place"),
        ("잭슨", "Place"),
        ("베트남 타이빈성 대표단", "Place"),
    ],
)
def test_s15_delegation_no_misread_names(s15_delegation, wrong):
    assert wrong not in _mention_set(s15_delegation)


@pytest.mark.parametrize(
    "fact",
    [
        ("레 티 하", "holdsOffice", "베트남상공회의소"),
        ("리처드 잭슨", "holdsOffice", "케스턴항만청"),
        ("띠엔하이산업단지", "locatedIn", "타이빈성"),
    ],
)
def test_s15_delegation_facts(s15_delegation, fact):
    assert fact in _fact_set(s15_delegation)


# --- short words a name tagger misreads (s15b) ---------------------------------------------

def _texts_and_types(extractor, text: str) -> set[tuple[str, str]]:
    """(surface text, type) of the mentions of ``text``."""
    return {(m.text, m.type) for m in extractor.extract(make_article(text)).mentions}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A one-syllable country before an office is the office's, no body and no part of the name.
        ("조나단 벨크 미 대통령은 관세를 낮췄다.", [("조나단 벨크", "Person")], ["미", "조나단 벨크 미"]),
        ("왕루이 중 국가주석과 회담했다.", [], ["중"]),
        ("에릭 노드 미 상무장관은 서울에 도착했다.", [("에릭 노드", "Person")], ["미"]),
        ("야마다 겐 일 총리는 방한했다.", [], ["야마다 겐 일"]),
        # ... but a body written with the abbreviation keeps it.
        ("미 국무부는 성명을 냈다.", [("미 국무부", "Organization")], []),
    ],
)
def test_country_abbreviation_before_office(extractor, text, present, absent):
    found = _texts_and_types(extractor, text)
    assert [p for p in present if p not in found] == []
    assert [t for t, _ in found if t in absent] == []


@pytest.mark.parametrize(
    ("text", "joseon_is_a_name"),
    [
        ("국내 조선 3사가 올해 수주 목표를 달성했다.", False),
        ("한국 조선 업계가 인력난을 호소하고 있다.", False),
        ("철강·조선·해운 업종이 일제히 강세를 보였다.", False),
        ("조선 경기 회복에 힘입어 고용이 늘었다.", False),
        ("조선 빅3의 수주 실적이 발표됐다.", False),
        ("이성계는 조선을 건국했다.", True),  # the state stays a name
        ("조선·일본 관계가 악화됐다.", True),  # listed with a country, not an industry
    ],
)
def test_shipbuilding_is_no_name(extractor, text, joseon_is_a_name):
    found = _texts_and_types(extractor, text)
    assert any(t == "조선" for t, _ in found) is joseon_is_a_name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("소부장 기업 100곳을 선정했다.", None),  # 소재·부품·장비, no surname
        ("산업부는 소부장 특화단지를 지정했다.", None),
        ("이번 투자는 소·부·장 자립을 위한 것이다.", None),
        ("소부장은 회의에서 예산안을 설명했다.", "소"),  # a surname and a title, with a particle
        ("재판부는 김씨 주장을 받아들이지 않았다.", "김"),  # 씨 names anyone by surname
    ],
)
def test_abbreviation_syllable_is_no_person(extractor, text, person):
    persons = {t for t, typ in _texts_and_types(extractor, text) if typ == "Person"}
    assert ({person} if person else set()) <= persons
    if person is None:
        assert "소" not in persons


@pytest.mark.parametrize(
    "text",
    [
        # A firm owns plants too: a name the article makes a subject is not retyped a place.
        "대표단은 근로자 400명을 고용한 케르난의 센서 공장을 둘러봤다. 케르난은 2018년부터 부품을 공급해 왔다.",
        "대표단은 벨모아의 센서 공장을 둘러봤다. 벨모아는 2018년부터 부품을 공급해 왔다.",
    ],
)
def test_name_acting_elsewhere_is_no_place_of_works(extractor, text):
    name = text.split("의 센서")[0].split()[-1]
    assert (name, "Place") not in _texts_and_types(extractor, text)


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # A foreign word before a works is its town ...
        ("한솔테크는 벨모아의 로봇 공장에서 준공식을 열었다.", "벨모아", "Place"),
        ("다온바이오는 벨모아의 물류센터를 새로 지었다.", "벨모아", "Place"),
        ("벨모아의 연구소에서 신약 후보물질이 나왔다.", "벨모아", "Place"),
        ("한도윤의 공장을 방문했다.", "한도윤", "Person"),  # a Korean personal name stays a person
        # ... and before a title, a person.
        ("레나르 대표가 기자회견에서 말했다.", "레나르", "Person"),
        ("한솔테크 레나르 대표는 투자 계획을 밝혔다.", "레나르", "Person"),
        ("오르텐 회장과 비엘로 사장이 참석했다.", "오르텐", "Person"),
        ("쿠팡 대표는 물류 투자를 밝혔다.", "쿠팡", "Organization"),  # a brand kiwipiepy knows is a firm
        ("한빛제분 회장도 항소했다.", "한빛제분", "Organization"),  # a Sino-Korean name is a firm's
    ],
)
def test_a_foreign_word_is_typed_by_the_works_or_title_after_it(extractor, text, name, typ):
    assert (name, typ) in _texts_and_types(extractor, text)


@pytest.fixture(scope="module")
def shipyard_wire(extractor):
    """``s15b_shipyard_robot_wire.txt``: an invented wire story on shipbuilders and a robot maker."""
    return _extract_file(extractor, DATA / "s15b_shipyard_robot_wire.txt")


def test_shipyard_wire_names(shipyard_wire):
    found = {(m.text, m.type) for m in shipyard_wire.mentions}
    present = [("도담로보틱스", "Organization"), ("벨모아", "Place"), ("레나르", "Person"),
               ("조나단 벨크", "Person"), ("에릭 노드", "Person"), ("하윤서", "Person")]
    assert [p for p in present if p not in found] == []
    # The industry, the abbreviation and the country before an office are no names; the
    # historical state (the last paragraph) still is one.
    assert sorted(t for t, _ in found if t in ("미", "소", "조나단 벨크 미")) == []
    joseon = sorted(m.start for m in shipyard_wire.mentions if m.text == "조선")
    assert joseon and all(shipyard_wire.article.text[s : s + 5] == "조선 시대" for s in joseon)


# --- rules that hold whatever the CRF reads (s16) ------------------------------------------

@pytest.fixture(scope="module")
def rules_only() -> KoreanExtractor:
    return KoreanExtractor(use_model=False)


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        # One common noun between a Korean name and the title is the office's field.
        ("윤서진 태풍 대책본부장은 대비를 당부했다.", "윤서진", "Person"),
        # A coined stem written onto a site's head is that site.
        ("한울전자는 내년 퐁케산업단지에 두 번째 공장을 열 계획이다.", "퐁케산업단지", "Facility"),
    ],
)
def test_rules_alone_find_names_the_crf_may_pass_over(rules_only, text, name, typ):
    assert (name, typ) in _texts_and_types(rules_only, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("공화당 대선 후보 김하늘이 연설했다.", "공화당"),  # a party of a name's shape before "<field> <title>"
        ("하지만 양모 대표는 말했다.", "하지만"),  # an adverb
    ],
)
def test_a_word_before_a_field_and_a_title_must_be_a_name(rules_only, text, name):
    assert (name, "Person") not in _texts_and_types(rules_only, text)


def test_a_technology_institute_is_a_body_by_its_head():
    assert _head_type("여수수산기술원", proper=True) == ("Organization", 0.75)


def test_a_country_abbreviation_joins_the_body_after_it(rules_only):
    doc, _ = rules_only.analyse(make_article("미 국무부는 성명을 냈다."))
    assert _join_abbreviated_country(doc, [(0, 1, "OG"), (2, 5, "OG")]) == [(0, 5, "OG")]
    assert _join_abbreviated_country(doc, [(0, 1, "PS"), (2, 5, "OG")]) == [(0, 1, "PS"), (2, 5, "OG")]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A city with 시 that announces is its government; one arrived at stays the place.
        ("대표단이 도착했다고 목포시가 밝혔다.", [("목포시", "Organization")], []),
        # A foreign word before "의 … 공장" that the article never makes a subject is where the plant is.
        ("로봇 제조업체 한결로보틱스는 22일 카르데아의 로봇 공장에서 가동식을 열었다.", [("카르데아", "Place")],
         [("카르데아", "Organization")]),
        # "…성장" with its province never named alone is growth or an office, no name.
        ("류하이 광시성장이 도착했다.", [], [("광시성장", "Person"), ("광시성장", "Place")]),
        # An institution opening the sentence acts as a body; one a word qualifies does not.
        ("정부는 오는 5월 한빛국제포럼을 개최한다.", [("정부", "Organization")], []),
        ("1심 법원은 청구를 기각했다.", [], [("법원", "Organization")]),
    ],
)
def test_readings_fixed_by_context(extractor, text, present, absent):
    found = _texts_and_types(extractor, text)
    assert [p for p in present if p not in found] == []
    assert [a for a in absent if a in found] == []


def test_an_institution_opening_the_sentence_hosts(extractor):
    assert _facts(extractor, "정부는 오는 5월 한빛국제포럼을 개최한다.", "hosts") == {("정부", "한빛국제포럼")}


# --- the CRF's reading corrected by the words around a name (s16) ---------------------------


class _SpanTagger:
    """A stand-in for the CRF that tags the given substrings of each sentence (BIO).

    It makes a test of the merge independent of what the shipped model
    happens to read in an invented sentence.
    """

    def __init__(self, doc, spans):
        self.sentences = list(doc.sentences)
        self.spans = spans

    def tag(self, feats):
        sent = next(s for s in self.sentences if len(s.text) == len(feats))
        self.sentences.remove(sent)
        tags = ["O"] * len(feats)
        for sub, label in self.spans:
            for m in re.finditer(re.escape(sub), sent.text):
                tags[m.start()] = "B-" + label
                tags[m.start() + 1 : m.end()] = ["I-" + label] * (m.end() - m.start() - 1)
        return tags


def _merged(text, crf_spans):
    """The names of ``text`` when the CRF reads ``crf_spans`` ((substring, KLUE label) pairs)."""
    ext = KoreanExtractor(use_model=False)
    doc, chosen = ext.analyse(make_article(text))
    merged = ext._apply_model(doc, chosen, _SpanTagger(doc, crf_spans))
    mentions = ext._mentions(doc, _tidy(doc, merged))[0]
    return {(m.text, m.type) for m in mentions if m.type not in ("Date", "Quantity")}


_WORDS_AROUND_A_NAME = [
    # A paper after the description of an outlet is the paper, not a person.
    ("영국 일간지 데일리포스터는 지난 3일 이 소식을 전했다.", [("영국", "LC"), ("데일리포스터", "PS")],
     [("데일리포스터", "Organization")], [("데일리포스터", "Person")]),
    # A brand or firm after its description, read as a person or passed over.
    ("결혼정보회사 '다온메리'가 10일 설문 결과를 발표했다.", [("다온메리", "PS")],
     [("다온메리", "Organization")], [("다온메리", "Person")]),
    ("소셜 펀딩 업체 '킥온'에서 모금을 시작했다.", [], [("킥온", "Organization")], []),
    ("취업포털 잡다온은 조사 결과를 내놨다.", [], [("잡다온", "Organization")], []),
    # A bracket after a player's name: the club (a town or a foreign word), a nationality, or
    # the event, which names nothing.
    ("이날 경기에서 박도윤(부산)과 카를로 마렌티(볼리냐노)가 골을 넣었고, 로이 단(미국)도 뛰었다.",
     [("박도윤", "PS"), ("부산", "LC"), ("카를로 마렌티", "PS"), ("볼리냐노", "PS"), ("로이 단", "PS"), ("미국", "OG")],
     [("부산", "Organization"), ("볼리냐노", "Organization"), ("미국", "Place"), ("박도윤", "Person")],
     [("볼리냐노", "Person"), ("부산", "Place")]),
    ("수비수 지하늘(첼시아)이 부상으로 빠졌다.", [("지하늘", "PS")], [("첼시아", "Organization")], []),
    ("체조에서는 김하람(평행봉)과 이솔(도마)이 메달을 땄다.",
     [("김하람", "PS"), ("평행봉", "PS"), ("이솔", "PS"), ("도마", "PS")],
     [("김하람", "Person"), ("이솔", "Person")], [("평행봉", "Person"), ("도마", "Person")]),
    # A body written after its address where something happens there is the site: its building.
    ("채 총장은 이날 오전 서울 서초동 한빛지방법원에서 열린 퇴임식에서 소감을 밝혔다.",
     [("서울 서초동 한빛지방법원", "LC")], [("서울 서초동 한빛지방법원", "Facility")], []),
    ("시위대는 라오스 비엔티안 한빛이민국 근처에 모였다.", [("라오스 비엔티안 한빛이민국", "OG")],
     [("라오스 비엔티안 한빛이민국", "Facility")], [("라오스 비엔티안 한빛이민국", "Organization")]),
    # ... and a street address where something happens is still a place.
    ("행사는 서울 강남구 역삼동에서 열린다.", [("서울 강남구 역삼동", "LC")], [("서울 강남구 역삼동", "Place")], []),
    # ... but the body that speaks is the body.
    ("서울 서초동 한빛지방법원은 이날 판결 이유를 밝혔다.", [("서울 서초동 한빛지방법원", "OG")],
     [("서울 서초동 한빛지방법원", "Organization")], []),
    # A common noun with nothing that marks a person is none; a stage name after a role is one.
    ("전망대 57m 높이에 유리 바닥이 설치됐다.", [("유리", "PS")], [], [("유리", "Person")]),
    ("무대에는 가수 거미가 올랐다.", [("거미", "PS")], [("거미", "Person")], []),
    # A country's army or team written onto its name is a body.
    ("북한군의 포격에 대응해 한국팀은 훈련을 중단했다.", [("북한", "OG"), ("한국", "LC")],
     [("북한군", "Organization"), ("한국팀", "Organization")], [("북한", "Organization"), ("한국", "Place")]),
    # A country with a player's position, its points, or the match against it is its team ...
    ("활력을 되찾기 시작했으나 멕시코 골키퍼 기예르모 오초아의 선방에 막혔다.",
     [("멕시코", "LC"), ("기예르모 오초아", "PS")], [("멕시코", "Organization")], []),
    ("가나(승점 4·골득실 2), 멕시코(승점 3·골득실 1) 순이다.", [("가나", "LC"), ("멕시코", "LC")],
     [("가나", "Organization"), ("멕시코", "Organization")], []),
    ("월드컵 2차 예선은 12일 미얀마전과 17일 라오스전이 남았다.", [("미얀마전", "LC"), ("라오스", "LC")],
     [("미얀마", "Organization"), ("라오스", "Organization")], [("미얀마전", "Place")]),
    # A country and the body of its state after it are one body; a part of the country is not one.
    ("프랑스 검찰은 이날 수사 결과를 발표했다.", [("프랑스", "LC")], [("프랑스 검찰", "Organization")],
     [("프랑스", "Place")]),
    ("한빛전자는 미국 법무부가 낸 소송에 대응했다.", [("미국", "LC"), ("법무부", "OG")],
     [("미국 법무부", "Organization")], [("법무부", "Organization")]),
    ("이탈리아 남부에 폭우가 내렸다.", [("이탈리아", "LC")], [("이탈리아", "Place")], []),
    # ... but "<country>전" outside a match is a war, and the country stays a place.
    ("한국전 당시 핵무기 카드를 썼던 장군과 달리 그는 신중했다.", [("한국", "LC")], [("한국", "Place")], []),
]


# --- CRF readings joined, cut or retyped by how news writes a name (s16, round 2) ----------------


_HOW_NEWS_WRITES_NAMES = [
    # A foreign person's given name and surname are one name, whichever half the CRF read.
    ("로드리고 벨라스퀘즈는 지난 2010년 은퇴했다.", [("로드리고", "PS")],
     [("로드리고 벨라스퀘즈", "Person")], [("로드리고", "Person")]),
    ("오르반 칼리스토 박사는 그동안 연구한 결과를 공개했다.", [("오르반", "PS"), ("칼리스토", "OG")],
     [("오르반 칼리스토", "Person")], [("칼리스토", "Organization")]),
    # ... but a common noun after the name is none of it.
    ("벨라스퀘즈 행정부는 이날 성명을 냈다.", [("벨라스퀘즈", "PS")], [("벨라스퀘즈", "Person")],
     [("벨라스퀘즈 행정부", "Person")]),
    # ... nor is a province's name next to it, whatever the CRF reads there.
    ("하오밍 저장성 당서기가 방문했다.", [("저장성", "PS")], [], [("하오밍 저장성", "Person")]),
    # A body and the compound name of its unit after it are one body; a bare head noun is not.
    ("한빛대 수의학과와 다온연구소가 공동 연구를 했다.", [("한빛대", "OG"), ("다온연구소", "OG")],
     [("한빛대 수의학과", "Organization")], [("한빛대", "Organization")]),
    ("대법원 전원합의체는 이날 판결을 내렸다.", [("대법원", "OG")], [("대법원 전원합의체", "Organization")], []),
    ("한빛의료원 법인은 해산됐다.", [("한빛의료원", "OG")], [("한빛의료원", "Organization")],
     [("한빛의료원 법인", "Organization")]),
    # An acronym body is no part of the programme, event or field after it ...
    ("이번 행사와 KBC 하늘사나이의 촬영이 겹쳤다.", [("KBC 하늘사나이", "OG")], [("KBC", "Organization")],
     [("KBC 하늘사나이", "Organization")]),
    # ... unless the word is a body's head, or a description names both words as one.
    ("HBN 그룹은 이날 실적을 발표했다.", [("HBN 그룹", "OG")], [("HBN 그룹", "Organization")], []),
    ("일간지 DSA 하늘타임에 따르면 그는 은퇴한다.", [("DSA 하늘타임", "OG")], [("DSA 하늘타임", "Organization")], []),
    # A Chinese town glossed in its characters before its unit is a place in both scripts.
    ("지진으로 쿤다오(昆島)구의 건물과 안후이성 롱산(龍山)시의 은행이 무너졌다.", [("쿤다오", "PS"), ("昆島", "PS")],
     [("쿤다오", "Place"), ("昆島", "Place"), ("안후이성 롱산", "Place"), ("龍山", "Place")],
     [("쿤다오", "Person")]),
    # A Latin word in brackets after a name is that body; after a common noun, a term.
    ("영국 일간지 하늘타임스(HT)와 다온포스트를 인용했다.", [("하늘타임스", "OG")], [("HT", "Organization")], []),
    ("연구진은 예술점수(ARS)를 산출했다.", [("ARS", "OG")], [], [("ARS", "Organization")]),
]


_WHAT_THE_RULES_HOLD = [
    # A name never ends inside one of kiwipiepy's proper nouns: the CRF's cut grows to its end ...
    ("하미드 알카르바니는 말했다.", [("하미드 알카", "PS")], [("하미드 알카르바니", "Person")],
     [("하미드 알카", "Person")]),
    # ... and the firm's description before it outweighs the CRF's type.
    ("비엘라 체코 가스회사 즈보라베네르기와 협약을 맺었다.", [("즈보라", "LC")], [("즈보라베네르기", "Organization")],
     [("즈보라", "Place")]),
    # A country in one Chinese character before a title is the office's, no part of the name.
    ("사토 유키 日 국토교통상이 부산을 찾았다.", [("사토 유키 日", "PS")], [("사토 유키", "Person"), ("日", "Place")],
     [("사토 유키 日", "Person")]),
    # A country and its province before an office are places, not the government holding it.
    ("수닐 바르마 인도 케랄라주 총리가 왔다.", [("인도 케랄라주", "OG")], [("인도", "Place"), ("케랄라주", "Place")],
     [("인도 케랄라주", "Organization")]),
    # A CRF body from the place of an office into its title is the place.
    ("윤 지사는 레 반 탐 하이퐁시 인민위원장과 면담했다.", [("하이퐁시 인민위", "OG")],
     [("레 반 탐", "Person"), ("하이퐁시", "Place")], [("하이퐁시 인민위", "Organization")]),
    # A firm, then its head's name and title, read as one body: the firm and the person.
    ("가온테크 마르셀 대표는 투자 계획을 밝혔다.", [("가온테크 마르셀", "OG")],
     [("가온테크", "Organization"), ("마르셀", "Person")], [("가온테크 마르셀", "Organization")]),
    # A coined word of a firm's shape joined by 와 to a firmly headed body is a firm too.
    ("2021년 해온가스와 부산항만공사가 공동으로 설립한 회사다.", [("부산항만공사", "LC")],
     [("해온가스", "Organization")], []),
    # A quoted broadcaster the CRF passes over is a body; a kind of broadcasting is none.
    ("그는 '다솔라디오'에 출연했다.", [], [("다솔라디오", "Organization")], []),
    ("그는 '지상파방송'에 출연했다.", [], [], [("지상파방송", "Organization")]),
]


_PLACES_AND_PERSONS_AGAINST_THE_CRF = [
    # A foreign province acting on its own is still a place, whatever the CRF reads it as ...
    ("꽝닌성은 올해 관광객 유치 목표를 높였다.", [("꽝닌성", "OG")], [("꽝닌성", "Place")], [("꽝닌성", "Organization")]),
    ("장쑤성은 투자를 늘리겠다고 밝혔다.", [("장쑤성", "PS")], [("장쑤성", "Place")], [("장쑤성", "Person")]),
    # ... but a Korean name in 성 and a Sino-Korean ministry in 성 are no provinces.
    ("김민성은 골을 넣었다.", [("김민성", "PS")], [("김민성", "Person")], [("김민성", "Place")]),
    ("외무성은 성명을 냈다.", [("외무성", "OG")], [("외무성", "Organization")], [("외무성", "Place")]),
    # A one-syllable common noun with a case particle on it is no person; a surname before a title is.
    ("그는 배를 잘 만드는 장인이다.", [("배", "PS")], [], [("배", "Person")]),
    ("배 장관은 배를 타고 떠났다.", [("배", "PS")], [("배", "Person")], []),
    # (After a foreign name, it is that name's last part.)
    ("영상은 작가 벨리나 로즈 홀이 만들었다.", [("벨리나 로즈", "PS"), ("홀", "PS")], [("벨리나 로즈 홀", "Person")], []),
    # The country an office is held over is a place, though the CRF reads it as the state.
    ("카를로 벨리니 미국 대통령은 어제 서울을 방문했다.", [("카를로 벨리니", "PS"), ("미국", "OG")],
     [("미국", "Place")], [("미국", "Organization")]),
    # Seas, oceans and routes kiwipiepy knows as proper nouns are places; a longer word is not one.
    ("선단은 황해를 건너 산둥에 닿았다.", [("산둥", "LC")], [("황해", "Place")], []),
    ("상인들은 실크로드를 따라 비단을 팔았다.", [], [("실크로드", "Place")], []),
    ("어선들이 동해에서 조업했다.", [("동해", "PS")], [("동해", "Place")], [("동해", "Person")]),
    ("대표단은 남해안을 둘러봤다.", [], [], [("남해", "Place")]),
    ("그는 '실크로드'에 출연했다.", [], [], [("실크로드", "Place")]),  # a quoted programme
]


@pytest.mark.parametrize(
    ("text", "crf", "present", "absent"),
    _WORDS_AROUND_A_NAME + _HOW_NEWS_WRITES_NAMES + _WHAT_THE_RULES_HOLD + _PLACES_AND_PERSONS_AGAINST_THE_CRF,
)
def test_the_merge_reads_names_as_news_writes_them_whatever_the_crf_reads(text, crf, present, absent):
    """The merge of a fixed CRF reading with the rules gives these names (and not those)."""
    found = _merged(text, crf)
    assert [p for p in present if p not in found] == []
    assert [a for a in absent if a in found] == []


def _merged_offices(text, crf_spans):
    """(holder, place or body, its type, office) of the holdsOffice facts when the CRF reads ``crf_spans``."""
    ext = KoreanExtractor(use_model=False)
    doc, chosen = ext.analyse(make_article(text))
    chosen = _tidy(doc, ext._apply_model(doc, chosen, _SpanTagger(doc, crf_spans)))
    _, by_span = ext._mentions(doc, chosen)
    return {(r.subject.text, r.object.text if r.object else None, r.object.type if r.object else None, r.value)
            for r in ext._relations(doc, chosen, by_span) if r.predicate == "holdsOffice"}


@pytest.mark.parametrize(
    ("text", "crf", "fact"),
    [
        # A one-syllable country between a name and its office: the name holds the office.
        ("벨크 미 대통령은 어제 서울을 방문했다.", [("벨크 미", "PS"), ("서울", "LC")], ("벨크", None, None, "미 대통령")),
        ("카를로 벨리니 중 총리와 만났다.", [("카를로 벨리니 중", "PS")], ("카를로 벨리니", None, None, "중 총리")),
        # In a Chinese character the country is a place of its own, and the office's.
        ("벨크 美 대통령은 어제 서울을 방문했다.", [("벨크", "PS"), ("美", "LC")], ("벨크", "美", "Place", "美 대통령")),
        # A country written in full is the office's place, not a body.
        ("카를로 벨리니 미국 대통령은 어제 서울을 방문했다.", [("카를로 벨리니", "PS"), ("미국", "OG")],
         ("카를로 벨리니", "미국", "Place", "미국 대통령")),
    ],
)
def test_the_country_before_an_office_is_the_offices_place(text, crf, fact):
    assert fact in _merged_offices(text, crf)


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트를 창업한 김하늘 대표는 상장 계획을 발표했다.",  # the clause describes its founder
        "김하늘 대표가 2015년 창업한 누리소프트는 상장을 추진한다.",
        "누리소프트는 김하늘 대표가 2015년 창업한 회사다.",
        "누리소프트 창업자 김하늘은 새 제품을 소개했다.",  # the founder's noun joins body and person
        "누리소프트의 공동 설립자인 김하늘은 새 제품을 소개했다.",
        "누리소프트를 설립한 김하늘 대표는 상장 계획을 발표했다.",
        # The founder as topic or subject, the firm as object, the verb finite.
        "김하늘은 2015년 누리소프트를 창업했다.",
        "김하늘 대표는 2015년 누리소프트를 설립했다.",
        "김하늘이 누리소프트를 세웠다.",
    ],
)
def test_founding_a_firm_establishes_it(extractor, text):
    assert ("누리소프트", "김하늘") in _facts(extractor, text, "establishedBy")


@pytest.mark.parametrize(
    "text",
    [
        "김하늘은 누리소프트를 설립하지 않았다.",  # denied
        "김하늘은 누리소프트를 설립할 계획이다.",  # planned: it develops, not yet founded
        "김하늘은 2015년 창업했다.",  # started a business: no firm named
    ],
)
def test_no_founding_denied_planned_or_without_a_firm(extractor, text):
    assert _facts(extractor, text, "establishedBy") == set()


@pytest.mark.parametrize(
    "text, island",
    [
        ("이어도 해역에 태풍이 접근했다.", "이어도"),  # its waters
        ("여객선이 홍도에 도착했다.", "홍도"),  # the locative 에 (not 에게, said of persons)
        ("관광객들은 이어도에 가지 못했다.", "이어도"),
    ],
)
def test_an_island_opened_by_a_surname_is_a_place(extractor, text, island):
    # A surname opening the island's name makes it look like a person's to the CRF.
    got = set(_typed(extractor, text)[0])
    assert (island, "Place") in got and (island, "Person") not in got
