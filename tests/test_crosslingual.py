"""Cross-lingual linking: name evidence, article alignment, and links on a parallel pair."""

from __future__ import annotations

import pytest

from tests.conftest import read_fixture_article
from kg.crosslingual import (
    _one_bare_place,
    _suffix_unsaid,
    align_articles,
    align_paragraphs,
    consonant_skeleton,
    japanese_to_hangul,
    link_languages,
    match_names,
    number_tokens,
    office_title,
    paragraphs,
    phonetic_key,
    pinyin_to_hangul,
    romanize,
    sino_readings,
    split_pinyin,
    vietnamese_to_hangul,
)
from kg.records import Article, Entity, Extraction, Mention, Relation, Resolution, Sentence
from kg.resolve import resolve

# ---------------------------------------------------------------------------
# Romanisation and personal names


@pytest.mark.parametrize(
    "hangul, rr",
    [("김하늘", "gimhaneul"), ("박서준", "bakseojun"), ("한강", "hangang"), ("울릉", "ulleung"), ("정 다은", "jeong daeun")],
)
def test_romanize_follows_revised_romanization(hangul, rr):
    assert romanize(hangul) == rr


@pytest.mark.parametrize(
    "english, hangul",
    [("Kim Ha-neul", "김하늘"), ("Park Seo-jun", "박서준"), ("Jeong Da-eun", "정다은"), ("Song Min-ho", "송민호")],
)
def test_phonetic_key_absorbs_spelling_variants(english, hangul):
    assert phonetic_key(english) == phonetic_key(romanize(hangul))


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Kim Ha-neul", "김하늘"),
        ("Park Seo-jun", "박서준"),
        ("Lee Min-ji", "이민지"),  # 이 -> Lee
        ("Rhee Sung-ho", "이성호"),  # 이 -> Rhee, 성 -> Sung
        ("Choi Yu-na", "최유나"),
        ("Jung Ha-eun", "정하은"),  # 정 -> Jung
        ("Oh Tae-hoon", "오태훈"),  # 오 -> Oh, 훈 -> hoon
        ("Yoon Ji-young", "윤지영"),  # 윤 -> Yoon, 영 -> young
        ("Park Heong-jin", "박형진"),  # 형 -> Heong: a customary spelling without the glide
    ],
)
def test_korean_person_names_match_their_english_spelling(english, hangul):
    assert match_names(english, hangul, person=True).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [("Kim Ha-neul", "김하람"), ("Park Seo-jun", "박서연"), ("Lee Min-ji", "김민지"), ("Choi Yu-na", "조유나")],
)
def test_different_person_names_do_not_match(english, hangul):
    assert match_names(english, hangul, person=True).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [
        # Foreign people are spelled in Hangul by their sounds, word by word.
        ("Nguyen Van Thang", "응우옌 반 탕"),
        ("Angela Merkel", "앙겔라 메르켈"),
        ("Barack Obama", "버락 오바마"),
        ("Emmanuel Macron", "에마뉘엘 마크롱"),
        # Vietnamese by the Korean orthography of Vietnamese, diacritics or not.
        ("Tran Van Tuan", "쩐 반 뚜언"),
        ("Pham Duc Long", "팜 득 롱"),
        ("Trần Thị Thanh", "쩐 티 타인"),
        # An English "wh" keeps its h in Hangul.
        ("Laura Whitaker", "로라 휘태커"),
        ("Emily Whitney", "에밀리 휘트니"),
    ],
)
def test_foreign_person_names_match_their_hangul_spelling(english, hangul):
    assert match_names(english, hangul, person=True).score >= 0.8


@pytest.mark.parametrize(
    "english, hangul",
    [("Barack Obama", "버락 오마바"), ("Angela Merkel", "앙겔라 메이어"), ("Nguyen Van Thang", "응우옌 반 민")],
)
def test_different_foreign_person_names_do_not_match(english, hangul):
    assert match_names(english, hangul, person=True).score < 0.7


def test_a_bare_surname_is_weak_evidence():
    assert match_names("Kim", "김", person=True).score < 0.7


# ---------------------------------------------------------------------------
# Loanwords


@pytest.mark.parametrize(
    "english, hangul",
    [("printer", "프린터"), ("Sensor", "센서"), ("Tablet", "태블릿"), ("Drone", "드론"), ("Scooter", "스쿠터"),
     ("Components", "컴포넌츠"), ("Roberts", "로버츠")],  # ts before no vowel is ㅊ
)
def test_loanword_skeletons_agree(english, hangul):
    assert consonant_skeleton(english) == consonant_skeleton(hangul, hangul=True)


@pytest.mark.parametrize(
    "english, hangul",
    [("Battery", "배터리"), ("Skyrunner", "스카이러너"), ("Tablet", "태블릿"), ("Helmet", "헬멧"),
     ("Chocolate", "초콜릿"),
     # Two consonants, spelled near-exactly; Korean drops the English plural.
     ("Solutions", "솔루션"), ("Haneul Ocean", "하늘오션"),
     ("Components", "컴포넌츠")],  # ts before no vowel is ㅊ
)
def test_loanwords_match_their_source(english, hangul):
    assert match_names(english, hangul).score >= 0.75


@pytest.mark.parametrize(
    "english, hangul",
    # Same consonant classes or near them, different words.
    [("Poland", "에버랜드"), ("Tehran", "딜런"), ("Japan", "스페인"), ("Pacific", "페이스북"),
     ("Media", "메이드"), ("Ocean", "오존")],
)
def test_loanword_lookalikes_do_not_match(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    # Korean spells a foreign name by the sounds of its own language.
    [("Andrzej Nowak", "안제이 노바크"),  # Polish rz, j, w
     ("Giorgio Bianchi", "조르조 비안키"),  # Italian gi, ch
     ("Justin Moreau", "쥐스탱 모로"),  # French u, nasal in, eau
     ("Charles Perrault", "샤를 페로"),  # French ch, silent endings
     ("Lucas Ruiter", "뤼카 라위터르"),  # Dutch u
     ("Anthony Smith", "앤서니 스미스"),  # English th as ㅅ
     ("Christopher Lawson", "크리스토퍼 로슨"),  # English chr, aw
     ("Carlos Medina", "카를로스 메디나"),  # r and l written ㄹ(ㅡ)ㄹ
     ("Tomasz Nowicki", "토마시 노비츠키"),  # Polish c is ㅊ
     ("Jean-Luc Moreau", "장뤽 모로"),  # French nasal inside a hyphenated name
     ("Stefan Krause", "슈테판 크라우제")],  # German st
)
def test_foreign_names_match_by_their_own_spelling_rules(english, hangul):
    assert match_names(english, hangul, person=True).score >= 0.75


@pytest.mark.parametrize(
    "english, hangul",
    [("Renault", "레오나르도"), ("Nowak", "노바티스"), ("Moreau", "모리셔스")],
)
def test_foreign_spelling_rules_do_not_make_lookalikes_match(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [("Lebault", "르보"),  # French: the mute e of a first syllable, a silent -ault
     ("Denault Mobility", "드노모빌리티"),
     ("Teugeot", "투조"),  # French eu, ge before o is a j, a silent t
     ("Hesch", "헤쉬"),  # German sch at the end of a word takes a vowel: 쉬
     ("Michał Wrzosek", "미하우 브조세크"),  # Polish ł is w
     ("Wiesław", "비에스와프"),  # ... and a final w is voiceless
     ("Łukasz", "우카시")],
)
def test_names_are_read_by_the_sounds_of_their_own_language(english, hangul):
    assert match_names(english, hangul).score >= 0.7  # the linker's floor


@pytest.mark.parametrize(
    "english, hangul, person",
    # German and Turkish umlauts are vowels of their own (ü 위, ö 외), which
    # the letters without their dots do not give.
    [("Jürgen Feldmann", "위르겐 펠트만", True), ("Björn Küster", "뵈른 퀴스터", True),
     ("Günter Möller", "귄터 묄러", True),
     # A German compound is one word of nine syllables or more in Korean.
     ("Brückner Antriebstechnik", "브뤼크너안트리프스테히니크", False),
     ("Steuerungstechnik", "슈토이어룽스테히니크", False)],
)
def test_german_names_match_by_their_umlauts_and_long_compounds(english, hangul, person):
    assert match_names(english, hangul, person=person).score >= 0.75


@pytest.mark.parametrize(
    "english, hangul, person",
    [("Jürgen Feldmann", "위르겐 펠트호프", True),
     ("Brückner Antriebstechnik", "브뤼크너슈토이어룽스테히니크", False)],  # same firm name, other firm
)
def test_german_names_differing_in_a_part_do_not_match(english, hangul, person):
    assert match_names(english, hangul, person=person).score < 0.5


@pytest.mark.parametrize(
    "english, hangul",
    # English calls some regions abroad by an exonym, while Korean spells
    # the region's own name (ISO 3166-2): Bavaria is Bayern, 바이에른.
    [("Bavaria", "바이에른주"), ("Bavaria", "바이에른"), ("Ostrobothnia", "포흐얀마아")],
)
def test_a_region_matches_the_korean_spelling_of_its_own_name(english, hangul):
    assert match_names(english, hangul).score >= 0.8


@pytest.mark.parametrize("english, hangul", [("Bavaria", "바덴뷔르템베르크주"), ("Bavaria", "브란덴부르크주")])
def test_a_region_does_not_match_another_region_of_its_country(english, hangul):
    assert match_names(english, hangul).score < 0.5


@pytest.mark.parametrize(
    "english, hangul",
    [("Lebault", "르노"), ("Hesch", "헤센"),
     ("Michał", "미하일"), ("Łukasz", "루카")],  # a name with ł is read as Polish or English only
)
def test_the_readings_of_silent_letters_make_no_lookalikes_match(english, hangul):
    assert match_names(english, hangul).score < 0.5


@pytest.mark.parametrize(
    "english, hangul",
    # Korean names a body by its country or continent where English uses the adjective.
    [("Europe", "유럽"), ("European Maritime Agency", "유럽해양청"), ("Polish Army", "폴란드 육군"),
     ("Asian Development Bank", "아시아개발은행"), ("Korean Air", "대한항공"),
     ("Japanese Foreign Ministry", "일본 외무성")],
)
def test_a_country_or_continent_matches_its_adjective(english, hangul):
    assert match_names(english, hangul).score >= 0.9


def test_an_adjective_matches_only_its_own_country():
    assert match_names("Polish Army", "헝가리 육군").score < 0.7


def test_a_loanword_alone_is_not_a_sure_match():
    # A name matched only by how it sounds needs the articles' context to link.
    assert match_names("Skyrunner", "스카이러너").score < 0.9


# ---------------------------------------------------------------------------
# Chinese names: Mandarin spelling and Sino-Korean readings


@pytest.mark.parametrize(
    "syllables, hangul",
    [(("xiao", "shan"), "샤오산"), (("bin", "jiang"), "빈장"), (("zhe", "jiang"), "저장"), (("jiu", "quan"), "주취안"),
     (("chen",), "천")],
)
def test_pinyin_is_spelled_by_the_korean_orthography(syllables, hangul):
    assert pinyin_to_hangul(syllables) == hangul


def test_split_pinyin_reads_whole_words_only():
    assert ("xiao", "shan") in split_pinyin("Xiaoshan")
    assert split_pinyin("Gyeonggi") == ()


def test_sino_korean_readings_reach_pinyin():
    # 蕭山 is read 소산 in Korean and "xiao shan" in Mandarin.
    assert "xiao" in sino_readings("소") and "shan" in sino_readings("산")
    found = match_names("Xiaoshan District", "소산구")
    assert found.score >= 0.9
    assert any(part.startswith("Sino-Korean reading") for part in found.parts)


def test_rare_characters_do_not_widen_sino_korean_readings():
    # 유 is the reading of hundreds of Hanja; only common ones count.
    assert "xiao" not in sino_readings("유")


@pytest.mark.parametrize(
    "english, hangul",
    [("Binjiang District", "빈장구"), ("Zhejiang", "저장성"), ("Hangzhou", "항저우"), ("Zhou Lin", "저우린")],
)
def test_mandarin_names_match_their_korean_spelling(english, hangul):
    assert match_names(english, hangul, person=" " in english and "District" not in english).score >= 0.85


@pytest.mark.parametrize(
    "english, hangul",
    [("Lü Meifang", "뤼메이팡"), ("Lyu Meifang", "뤼메이팡"), ("Nyu Jianping", "뉘젠핑")],
)
def test_the_pinyin_u_umlaut_written_u_or_yu_is_korean_wi(english, hangul):
    # ü (吕 Lü) is its own vowel, 뤼; passports and news write it "yu" (Lyu).
    assert match_names(english, hangul, person=True).score >= 0.9


@pytest.mark.parametrize("english, hangul", [("Lu Meifang", "뤼메이팡"), ("Lyu Meifang", "루메이팡")])
def test_pinyin_u_and_u_umlaut_name_different_people(english, hangul):
    assert match_names(english, hangul, person=True).score < 0.7


# ---------------------------------------------------------------------------
# Compositional names through the glossary


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Hangzhou Municipal Commerce Bureau", "항저우시 상무국"),
        ("Gyeonggi Battery Industry Master Plan", "경기 배터리산업 종합계획"),
        ("Binjiang Digital Economy Exhibition Hall", "빈장 디지털경제전시관"),
        ("Songdo Drone Center", "송도 드론센터"),
        ("Xinhe Battery Technology", "신허배터리기술"),
        ("Bac Ninh Province", "박닌성"),  # Vietnamese place, glossary head
        ("Ho Chi Minh City", "호찌민시"),
        ("Daegu Port Authority", "대구항만공사"),  # 공사 is a corporation or an authority
        ("Al Noor Investment Authority", "알누르투자청"),  # ... and so is 청
        ("Sendai Hi-Tech Park", "센다이 하이테크파크"),
        ("Osaka Prefecture", "오사카부"),
        ("Ministry of Defense", "방위성"),  # a Japanese ministry is a 성
        ("Ministry of Justice", "법무부"),
        ("Incheon District Court", "인천지방법원"),
        ("Daegu City Hall", "대구시청"),
        ("Busan Hydrogen Center", "부산수소센터"),
    ],
)
def test_compositional_names_match_part_by_part(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [
        # Company and family names keep customary spellings: 현대 Hyundai,
        # 대우 Daewoo, 한화 Hanwha, 신세계 Shinsegae, 우리 Woori ...
        ("Hyundai Steel", "현대제철"),
        ("Daewoo Securities", "대우증권"),
        ("Hanwha Life Insurance", "한화생명보험"),
        ("Shinsegae Chemical", "신세계화학"),
        ("Woori Shipping", "우리해운"),
        # ... and industry words are translated: 전력, 철도, 건설, 조선, 신문 ...
        ("Korea Electric Power Corporation", "한국전력공사"),
        ("Korea Railroad Corporation", "한국철도공사"),
        ("Hyundai Engineering & Construction", "현대건설"),
        ("Daewoo Shipbuilding & Marine Engineering", "대우조선해양"),
        ("Tokai Shimbun", "도카이신문"),
        ("Hanbit News Agency", "한빛뉴스"),
        ("Nara Chem", "나라화학"),
        ("Hanul Precision", "한울정밀"),
        ("Korea Automobile Parts Association", "한국자동차부품협회"),
        ("Andijan Auto Components", "안디잔오토컴포넌츠"),  # 오토 Auto, 츠 ts
    ],
)
def test_company_names_match_by_customary_spellings_and_industry_words(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Hyundai Steel", "현대건설"),  # same group, other firm
        ("Korea Electric Power Corporation", "한국철도공사"),
        ("Hanwha Securities", "한화생명"),
        ("Daewoo Shipbuilding & Marine Engineering", "대우증권"),
        ("Hanul Precision", "한울화학"),
        ("Andijan Auto Components", "안디잔오토모터스"),
    ],
)
def test_sister_companies_do_not_match(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Busan Drone Industry Promotion Plan", "부산시 바이오산업 육성계획"),  # drone vs bio
        ("Xinhe Battery Technology", "신허물류"),  # same firm name, other firm
        ("Xinhe", "신허로봇"),  # the parent is not its subsidiary
        ("Hangzhou", "항저우 빈장구"),  # the city is not its district
    ],
)
def test_partly_matching_names_stay_below_the_floor(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [
        # Korean puts the words of a free economic zone in another order.
        ("Busan Free Economic Zone Authority", "부산경제자유구역청"),
        ("Gwangyang Free Economic Zone", "광양경제자유구역"),
        ("Cheongna International Business District", "청라국제업무지구"),
        # Battery-materials firms named after what they make.
        ("Saebit Cathode Materials", "새빛양극재"),
        ("Hanul Anode Materials", "한울음극재"),
        ("Mokpo Precursor", "목포전구체"),
        # A business council (협의회), not an assembly (의회).
        ("Korea-Vietnam Business Council", "한베비즈니스협의회"),
        # A Chinese province's department (厅) is a 청.
        ("Jiangsu Provincial Department of Commerce", "장쑤성 상무청"),
    ],
)
def test_zones_districts_materials_firms_councils_and_departments_match_part_by_part(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Saebit Cathode Materials", "새빛음극재"),  # cathode vs anode: two firms
        ("Gwangyang Free Economic Zone", "광양경제특구"),  # a free zone is no special zone
        ("Cheongna International Business District", "청라국제금융지구"),  # business vs finance
        ("Jiangsu Provincial Department of Commerce", "장쑤성 교통청"),  # commerce vs transport
    ],
)
def test_a_materials_firm_or_zone_body_differing_in_a_word_does_not_match(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Georgia Institute of Technology", "조지아공과대학교"),  # 공과대학교: a university of technology
        ("Georgia Institute of Technology", "조지아공대"),
        ("Georgia Ports Authority", "조지아항만청"),  # 항만 port, English plural
    ],
)
def test_institutes_of_technology_and_ports_authorities_match(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [("Georgia Institute of Technology", "조지아대학교"), ("Georgia Ports Authority", "조지아공항청")],
)
def test_a_university_or_authority_of_another_kind_does_not_match(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Korean Embassy in Hanoi", "주베트남 한국대사관"),  # the host, a country, holds the city
        ("Vietnamese Embassy in Seoul", "주한 베트남대사관"),  # 주한: in Korea
        ("Korean Consulate General in Atlanta", "주애틀랜타 한국총영사관"),
        ("Korean Consulate General in Atlanta", "주애틀랜타 총영사관"),  # a bare kind abroad is Korea's
    ],
)
def test_a_mission_matches_with_its_host_in_both_names(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [("Vietnamese Embassy", "주한 베트남대사관"), ("Korean Embassy", "주베트남 한국대사관"),
     ("Korean Consulate General", "주애틀랜타 총영사관")],
)
def test_a_mission_whose_host_english_leaves_out_matches_but_not_surely(english, hangul):
    # Sure enough for articles about one visit, not enough on its own: the
    # same country has an embassy in many others.
    assert 0.7 <= match_names(english, hangul).score < 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [
        # The host is not the country the mission serves.
        ("Vietnamese Embassy", "주베트남 한국대사관"),
        ("Korean Embassy", "주한 베트남대사관"),
        ("Japanese Embassy", "주일 한국대사관"),
        # Another host: the same country's mission elsewhere.
        ("Korean Embassy in Tokyo", "주베트남 한국대사관"),
        # Another city of the same country is another host.
        ("Korean Consulate General in Boston", "주애틀랜타 총영사관"),
        # A bare kind abroad is Korea's own mission, not another country's.
        ("Japanese Consulate General", "주애틀랜타 총영사관"),
    ],
)
def test_a_mission_does_not_match_its_host_or_another_host(english, hangul):
    assert match_names(english, hangul).score < 0.7


@pytest.mark.parametrize(
    "english, hangul",
    [("Hanbit Corporation", "한빛"), ("Hanseong Holdings", "한성"), ("Norvestra Group", "노르베스트라")],
)
def test_a_company_s_legal_form_may_be_left_out_in_korean(english, hangul):
    assert match_names(english, hangul).score >= 0.7  # linked where the articles align
    assert match_names(english.split()[0] + " Electronics", hangul).score < 0.7  # another firm of the name


@pytest.mark.parametrize(
    "word, hangul",
    [("Minh", "민"), ("Thanh", "타인"), ("Nguyen", "응우옌"), ("Tran", "쩐"), ("Quang", "꽝"), ("Xuan", "쑤언"),
     ("Phuong", "프엉"), ("Duc", "득"), ("Thach", "타익")],
)
def test_vietnamese_is_spelled_by_the_korean_orthography(word, hangul):
    assert hangul in vietnamese_to_hangul(word)


def test_a_word_that_is_no_vietnamese_syllable_has_no_spelling():
    assert vietnamese_to_hangul("Smith") == vietnamese_to_hangul("Park") == ()


@pytest.mark.parametrize(
    "english, hangul",
    [("Nguyen Van An", "응우옌 반 안"), ("Nguyễn Văn An", "응우옌 반 안"), ("To Lam", "또 럼")],
)
def test_vietnamese_syllables_that_are_english_words_are_part_of_a_name(english, hangul):
    # "An", "To": capitalised inside a name they are syllables of it, not the article or the preposition.
    assert match_names(english, hangul, person=True).score >= 0.7


@pytest.mark.parametrize("english, hangul", [("Long An", "롱안"), ("Nghe An", "응에안")])
def test_vietnamese_places_ending_in_an_english_word_match(english, hangul):
    assert match_names(english, hangul).score >= 0.8


@pytest.mark.parametrize(
    "english, hangul, person", [("Nguyen Van An", "응우옌 반 민", True), ("Nghe An", "응에띤", False)],
)
def test_a_name_differing_in_that_syllable_does_not_match(english, hangul, person):
    assert match_names(english, hangul, person=person).score < 0.5


# ---------------------------------------------------------------------------
# Japanese names: the Korean orthography of Japanese


@pytest.mark.parametrize(
    "word, hangul",
    [("Tanaka", "다나카"), ("Yuki", "유키"), ("Kato", "가토"), ("Suzuki", "스즈키"), ("Fukuoka", "후쿠오카"),
     ("Osaka", "오사카"), ("Tsukuba", "쓰쿠바"), ("Toyota", "도요타"), ("Kitakyushu", "기타큐슈"),
     ("Ōno", "오노"), ("Kōbe", "고베"), ("Shinjuku", "신주쿠"),  # long vowels are not written
     ("Hokkaido", "홋카이도"), ("Nissan", "닛산"),  # a doubled consonant is a ㅅ coda
     ("Gunma", "군마"), ("Shimbun", "신분"),  # a syllabic n, also written m
     ("Satoh", "사토"), ("Niigata", "니가타"), ("Kouichi", "고이치"), ("Inoue", "이노우에"),
     ("Shinichi", "신이치"), ("Shunsuke", "슌스케"), ("Ryota", "료타"), ("Chiba", "지바")],
)
def test_japanese_is_spelled_by_the_korean_orthography(word, hangul):
    assert hangul in japanese_to_hangul(word)


@pytest.mark.parametrize("word", ["Smith", "Seoul", "Park", "Nguyen", "Gwangju"])
def test_a_word_that_is_no_run_of_japanese_syllables_has_no_spelling(word):
    assert japanese_to_hangul(word) == ()


@pytest.mark.parametrize(
    "english, hangul, person",
    [("Fukuoka", "후쿠오카", False), ("Tsukuba", "쓰쿠바", False), ("Tsukuba", "츠쿠바", False),
     ("Hokkaido", "홋카이도", False), ("Sapporo", "삿포로", False), ("Nippon Steel", "닛폰제철", False),
     ("Kyushu Electric Power", "규슈전력", False), ("Shunsuke Matsumoto", "마쓰모토 슌스케", True),
     ("Koichi Otsuka", "오쓰카 고이치", True),
     ("Matsuda", "마쓰다", True)],  # written as a Korean name is (마 is a Korean surname)
)
def test_japanese_names_match_their_korean_spelling(english, hangul, person):
    found = match_names(english, hangul, person=person)
    assert found.score >= 0.9
    assert any(part.startswith("Japanese spelling") for part in found.parts)


@pytest.mark.parametrize(
    "english, hangul, person",
    [("Otsuka", "오쓰키", False), ("Tanaka", "다나베", False), ("Fukuoka", "후쿠시마", False),
     ("Matsuda", "마쓰이", True), ("Matsumoto", "마쓰야마", False), ("Kato", "사토", True)],
)
def test_japanese_names_one_syllable_apart_do_not_match(english, hangul, person):
    assert match_names(english, hangul, person=person).score < 0.5


@pytest.mark.parametrize(
    "english, hangul",
    [("Chikuzen Denki", "지쿠젠전기"), ("Daiwa Shoji", "다이와상사"), ("Hitachi Zosen", "히타치조선"),
     ("Mitsui Bussan", "미쓰이물산"), ("Nippon Steel", "일본제철")],  # Nippon is Japan
)
def test_japanese_industry_words_kept_in_romaji_match_their_korean_reading(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize("english, hangul", [("Daiwa Shoji", "다이와전기"), ("Chikuzen Denki", "지쿠젠화학")])
def test_a_japanese_firm_of_another_industry_does_not_match(english, hangul):
    assert match_names(english, hangul).score < 0.5


def test_a_glossary_only_name_is_not_distinctive():
    found = match_names("Democratic Party", "민주당")
    assert found.score >= 0.9 and not found.distinctive


# ---------------------------------------------------------------------------
# Numbers and alignment


@pytest.mark.parametrize(
    "text, lang, token",
    [
        ("연면적 2.4만㎡", "ko", "n:24000"),
        ("1800여개 기업", "ko", "n:1800"),
        ("25억 위안", "ko", "n:2500000000"),
        ("8천억원을 투입", "ko", "n:800000000000"),  # 천 before 억
        ("3백만 달러", "ko", "n:3000000"),
        ("2019년 3월 조성된", "ko", "d:2019-03"),
        ("5월 14일", "ko", "d:05-14"),
        ("2.5 billion yuan", "en", "n:2500000000"),
        ("over 24,000 square meters", "en", "n:24000"),
        ("established in March 2019", "en", "d:2019-03"),
        ("on May 14", "en", "d:05-14"),
        ("on the 22nd", "en", "n:22"),
        ("the KOTRA office", "en", "l:kotra"),
    ],
)
def test_number_tokens_normalise_both_languages(text, lang, token):
    assert token in number_tokens(text, lang)


def test_ordinary_english_words_are_not_alignment_tokens():
    assert not [t for t in number_tokens("He said the Act was in June.", "en") if t.startswith("l:")]


@pytest.fixture(scope="module")
def visit_pair():
    return read_fixture_article("xling/visit_en.txt"), read_fixture_article("xling/visit_ko.txt")


def test_parallel_paragraphs_align(visit_pair):
    en, ko = visit_pair
    assert len(paragraphs(en)) == len(paragraphs(ko)) == 8
    pairs = {(i, j) for i, j, _ in align_paragraphs(en, ko)}
    # The paragraphs with numbers anchor the alignment, in order.
    assert {(3, 3), (4, 4), (5, 5), (6, 6)} <= pairs
    assert all(i == j for i, j in pairs)


def test_only_versions_of_one_report_align(visit_pair):
    en, ko = visit_pair
    other_ko = read_fixture_article("ko/governor_visit.txt")
    assert set(align_articles([en, ko, other_ko])) == {(en.id, ko.id)}


# ---------------------------------------------------------------------------
# Linking a parallel pair (mentions given by hand, so the test does not
# depend on the extractors)

EN_NAMES = [
    ("Jeong Da-eun", "Person"), ("Binjiang District", "Place"), ("Hangzhou", "Place"),
    ("Binjiang Digital Economy Exhibition Hall", "Facility"), ("Xinhe Battery Technology", "Organization"),
    ("Zhou Lin", "Person"), ("Chen Yiming", "Person"), ("Skyrunner", "Product"),
    ("Hangzhou Municipal Commerce Bureau", "Organization"), ("Xinhe Logistics", "Organization"),
    ("Zhejiang", "Place"), ("Incheon Logistics Innovation Plan", "Plan"), ("Incheon", "Place"),
    ("Songdo Drone Center", "Facility"), ("Li Wei", "Person"),
]
KO_NAMES = [
    ("정다은", "Person"), ("빈장구", "Place"), ("항저우", "Place"), ("중국", "Place"),
    ("빈장 디지털경제전시관", "Facility"), ("신허배터리기술", "Organization"), ("저우린", "Person"),
    ("천이밍", "Person"), ("스카이러너", "Product"), ("항저우시 상무국", "Organization"), ("신허물류", "Organization"),
    ("저장성", "Place"), ("인천 물류혁신계획", "Plan"), ("인천", "Place"), ("송도 드론센터", "Facility"),
    ("김민재", "Person"),
]
EN_RELATIONS = [("Jeong Da-eun", "visited", "Binjiang District"), ("Xinhe Battery Technology", "unveiled", "Skyrunner"),
                ("Incheon", "announced", "Incheon Logistics Innovation Plan")]
KO_RELATIONS = [("정다은", "visited", "빈장구"), ("신허배터리기술", "unveiled", "스카이러너"), ("인천", "announced", "인천 물류혁신계획")]
GOLD = {
    "Jeong Da-eun": "정다은", "Binjiang District": "빈장구",
    "Binjiang Digital Economy Exhibition Hall": "빈장 디지털경제전시관", "Xinhe Battery Technology": "신허배터리기술",
    "Zhou Lin": "저우린", "Chen Yiming": "천이밍", "Skyrunner": "스카이러너",
    "Hangzhou Municipal Commerce Bureau": "항저우시 상무국", "Xinhe Logistics": "신허물류", "Zhejiang": "저장성",
    "Incheon Logistics Innovation Plan": "인천 물류혁신계획", "Songdo Drone Center": "송도 드론센터",
}


def _hand_extraction(article: Article, names, relations) -> Extraction:
    """Mentions at every occurrence of each name (longest names first), and the given relations."""
    taken: set[int] = set()
    mentions = []
    for name, typ in sorted(names, key=lambda n: -len(n[0])):
        start = article.text.find(name)
        while start >= 0:
            span = set(range(start, start + len(name)))
            if not span & taken:
                taken |= span
                end = start + len(name)
                mentions.append(Mention(article.id, start, end, name, typ, 0.9, name, article.lang, "test"))
            start = article.text.find(name, start + 1)
    mentions.sort(key=lambda m: m.start)
    first = {m.name: m for m in reversed(mentions)}
    rels = []
    for subj, pred, obj in relations:
        s, o = first[subj], first[obj]
        lo, hi = min(s.start, o.start), max(s.end, o.end)
        rels.append(Relation(article.id, s, pred, o, Sentence(lo, hi, article.text[lo:hi]), 0.8, "test"))
    return Extraction(article, tuple(mentions), tuple(rels))


@pytest.fixture(scope="module")
def visit_resolution(visit_pair) -> Resolution:
    en, ko = visit_pair
    return resolve([_hand_extraction(en, EN_NAMES, EN_RELATIONS), _hand_extraction(ko, KO_NAMES, KO_RELATIONS)], link_languages=False)


def _label_pairs(resolution, links):
    entities = {e.key: e for e in resolution.entities}
    return {entities[l.en_key].label("en"): entities[l.ko_key].label("ko") for l in links}


def test_parallel_pair_links_every_entity_named_in_both(visit_resolution):
    links = link_languages(visit_resolution)
    assert _label_pairs(visit_resolution, links) == GOLD


def test_places_the_gazetteer_merged_are_not_linked_again(visit_resolution):
    entities = {e.label("en"): e for e in visit_resolution.entities}
    assert {lang for _, lang in entities["Hangzhou"].labels} == {"en", "ko"}
    linked = {l.en_key for l in link_languages(visit_resolution)}
    assert entities["Hangzhou"].key not in linked


def test_links_are_one_to_one_and_explained(visit_resolution):
    links = link_languages(visit_resolution)
    assert len({l.en_key for l in links}) == len({l.ko_key for l in links}) == len(links)
    entities = {e.key: e for e in visit_resolution.entities}
    skyrunner = next(l for l in links if entities[l.en_key].label("en") == "Skyrunner")
    assert skyrunner.evidence[0].startswith("name ")
    assert any(e.startswith("loanword") for e in skyrunner.evidence)
    assert any(e.startswith("aligned paragraph") for e in skyrunner.evidence)
    assert "neighbour: unveiled (inverse)" in skyrunner.evidence


def test_linking_is_deterministic(visit_resolution):
    assert link_languages(visit_resolution) == link_languages(visit_resolution)


def _one_mention_each(en_text, en_name, en_type, ko_text, ko_name, ko_type) -> Resolution:
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    exs = [Extraction(a, (Mention(a.id, a.text.find(n), a.text.find(n) + len(n), n, t, 0.9, n, a.lang, "test"),), ())
           for a, n, t in ((en, en_name, en_type), (ko, ko_name, ko_type))]
    return resolve(exs, link_languages=False)


def test_a_subsidiary_is_not_linked_to_its_parent():
    r = _one_mention_each("Xinhe opened 1,200 stores in May 2021.", "Xinhe", "Organization",
                          "신허로봇은 2021년 5월 매장 1200곳을 열었다.", "신허로봇", "Organization")
    assert link_languages(r) == []


def test_unrelated_articles_need_a_sure_name():
    # The articles share no numbers: a loanword alone is not enough ...
    r = _one_mention_each("The Skyrunner drone flew.", "Skyrunner", "Product",
                          "스카이러너 드론이 날았다.", "스카이러너", "Product")
    assert link_languages(r) == []
    # ... a person's full name is.
    r = _one_mention_each("Kim Ha-neul spoke.", "Kim Ha-neul", "Person", "김하늘이 말했다.", "김하늘", "Person")
    assert len(link_languages(r)) == 1


def _numberless_pair(anchors: int) -> Resolution:
    """An English and a Korean report with no numbers in common, naming ``anchors`` people and bodies alike."""
    people = [("Kim Ha-neul", "김하늘"), ("Park Seo-jun", "박서준"), ("Choi Yu-na", "최유나")][:anchors]
    en_text = " ".join(f"{p} spoke on Wednesday." for p, _ in people) + \
        " Researchers of Ulsan National Institute of Science and Technology joined them."
    ko_text = " ".join(f"{k}이 수요일 말했다." for _, k in people) + " 울산과학기술원 연구진이 함께했다."
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    unist = ("Ulsan National Institute of Science and Technology", "Organization")
    return resolve([_hand_extraction(en, [(p, "Person") for p, _ in people] + [unist], []),
                    _hand_extraction(ko, [(k, "Person") for _, k in people] + [("울산과학기술원", "Organization")], [])],
                   link_languages=False)


def test_articles_that_name_the_same_people_align_without_shared_numbers():
    # "울산과학기술원" leaves "National" out: a good but unsure name, linked
    # only when the two articles report the same thing ...
    assert match_names("Ulsan National Institute of Science and Technology", "울산과학기술원").score < 0.9
    pairs = _label_pairs(_numberless_pair(3), link_languages(_numberless_pair(3)))
    assert pairs["Ulsan National Institute of Science and Technology"] == "울산과학기술원"
    assert pairs["Choi Yu-na"] == "최유나"
    # ... which two sure names in common do not show.
    pairs = _label_pairs(_numberless_pair(2), link_languages(_numberless_pair(2)))
    assert "Ulsan National Institute of Science and Technology" not in pairs and len(pairs) == 2


def _short_product_pair(shared_fact: bool) -> Resolution:
    people = [("Kim Ha-neul", "김하늘"), ("Park Seo-jun", "박서준"), ("Choi Yu-na", "최유나")]
    en_text = " ".join(f"{p} spoke." for p, _ in people) + " They saw Aoi, designed by Hanbit Heavy Industries."
    ko_text = " ".join(f"{k}이 말했다." for _, k in people) + " 한빛중공업이 설계한 '아오이'를 보았다."
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    en_names = [(p, "Person") for p, _ in people] + [("Aoi", "Product"), ("Hanbit Heavy Industries", "Organization")]
    ko_names = [(k, "Person") for _, k in people] + [("아오이", "Product"), ("한빛중공업", "Organization")]
    en_rels = [("Aoi", "designedBy", "Hanbit Heavy Industries")] if shared_fact else []
    ko_rels = [("아오이", "designedBy", "한빛중공업")] if shared_fact else []
    return resolve([_hand_extraction(en, en_names, en_rels), _hand_extraction(ko, ko_names, ko_rels)],
                   link_languages=False)


def test_a_short_name_matched_whole_links_only_with_a_shared_neighbour():
    # "Aoi" ~ "아오이" is exact but short: 0.6 alone, under the floor ...
    assert 0.5 <= match_names("Aoi", "아오이").score < 0.7
    alone = _short_product_pair(shared_fact=False)
    assert "Aoi" not in _label_pairs(alone, link_languages(alone))
    # ... and enough when both were designed by one (linked) company.
    both = _short_product_pair(shared_fact=True)
    assert _label_pairs(both, link_languages(both))["Aoi"] == "아오이"


def test_kinds_must_agree():
    r = _one_mention_each("Jeong Da-eun spoke in May 2021 to 1,200 people.", "Jeong Da-eun", "Person",
                          "2021년 5월 정다은에서 1200명이 모였다.", "정다은", "Place")
    assert link_languages(r) == []


def test_entities_named_in_one_language_only_give_no_links():
    r = Resolution((Entity("a", "Person", (("Ann Lee", "en"),)),), (), (), ())
    assert link_languages(r) == []


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Daesan Petrochemical", "대산석유화학"),  # 석유화학 petrochemical
        ("Korea Secondary Battery Association", "한국이차전지협회"),  # 이차전지 secondary battery
        ("Pohang Institute of Materials Science", "포항소재과학연구원"),  # 소재 materials
        ("Weda Bay", "웨다베이"),  # 베이: "Bay" in Hangul, as 파크 is "Park"
        ("Haeundae Green Corridor Initiative", "해운대 녹색 회랑 구상"),  # 회랑 corridor, 구상 initiative
    ],
)
def test_industry_and_plan_words_of_the_glossary(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("South Chungcheong Province", "충청남도"),  # a direction before 도
        ("North Gyeongsang Province", "경상북도"),
        ("North Maluku", "북말루쿠"),  # a direction before a foreign place
    ],
)
def test_a_direction_in_a_place_name_matches(english, hangul):
    assert match_names(english, hangul).score >= 0.9


@pytest.mark.parametrize(
    "english, hangul",
    [("North Gyeongsang Province", "경상남도"), ("South Chungcheong Province", "충청북도")],
)
def test_the_other_half_of_a_province_does_not_match(english, hangul):
    assert match_names(english, hangul).score < 0.5


@pytest.mark.parametrize(
    "english, hangul",
    [("Yeongil Bay Industrial Complex", "영일만산업단지"), ("Pohang Yeongil Bay Port", "포항영일만항")],
)
def test_a_one_syllable_suffix_inside_a_compound_of_glossary_words(english, hangul):
    # 만 "Bay" ends the name 영일만, though 산업단지 follows it in one word.
    assert match_names(english, hangul).score >= 0.9


def test_a_one_syllable_word_followed_by_other_syllables_is_no_suffix():
    # 대 "Great" does not end a word in 대산석유화학: 산석유화학 is no run of glossary words.
    assert "glossary 대=Great 1.00" not in match_names("Great Petrochemical", "대산석유화학").parts


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("Korea-China Friendship Association", "한중우호협회"),  # one syllable a country
        ("Korea-Japan Tourism Forum", "한일관광포럼"),
        ("Indonesia-Korea Battery Corridor Initiative", "인도네시아-한국 배터리 회랑 구상"),  # each named whole
    ],
)
def test_countries_joined_by_a_hyphen_match_their_korean_abbreviations(english, hangul):
    assert match_names(english, hangul).score >= 0.9


def test_country_abbreviations_must_be_the_same_countries():
    assert match_names("Korea-Japan Friendship Association", "한중우호협회").score < 0.5


@pytest.mark.parametrize(
    "english, hangul",
    [
        # A province named by a direction is written in short by the first
        # syllable of each part (충청 남 도 -> 충남) ...
        ("South Chungcheong", "충남"),
        ("North Gyeongsang", "경북"),
        ("South Gyeongsang", "경남"),
        ("North Chungcheong", "충북"),
        ("South Chungcheong Provincial Government", "충남도청"),
        ("North Gyeongsang Battery Innovation Center", "경북배터리혁신센터"),
        # ... and English may romanise the short form of the long Korean name.
        ("Chungnam", "충청남도"),
        ("Gyeongbuk Province", "경상북도"),
    ],
)
def test_a_province_s_short_form_matches_its_english_name(english, hangul):
    found = match_names(english, hangul)
    assert found.score >= 0.9 and any(p.startswith("province short form") for p in found.parts)


@pytest.mark.parametrize(
    "english, hangul",
    [
        ("North Chungcheong", "충남"),  # the other half of the province
        ("South Gyeongsang", "경북"),
        ("South Chungcheong", "경남"),  # the same direction, another province
        ("South Gyeongsang Battery Innovation Center", "경북배터리혁신센터"),
        ("Gyeongnam", "경상북도"),
    ],
)
def test_a_province_s_short_form_matches_no_other_province(english, hangul):
    assert match_names(english, hangul).score < 0.7


def test_a_province_s_long_and_short_forms_are_one_node_with_all_four_names():
    en_text = "South Chungcheong Province said on May 3, 2024 that 1,200 firms had come.\n" \
              "South Chungcheong will show 350 robots."
    ko_text = "충청남도는 2024년 5월 3일 기업 1200곳이 왔다고 밝혔다.\n충남은 로봇 350대를 선보인다."
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    r = resolve([_hand_extraction(en, [("South Chungcheong Province", "Place"), ("South Chungcheong", "Place")], []),
                 _hand_extraction(ko, [("충청남도", "Place"), ("충남", "Place")], [])])
    (province,) = r.entities
    assert province.label("en") == "South Chungcheong"  # the name without its kind word
    assert {*province.labels, *province.aliases} == {("South Chungcheong Province", "en"), ("South Chungcheong", "en"),
                                                     ("충청남도", "ko"), ("충남", "ko")}


def _left_out_pair(english: str, *, ko_type: str = "Organization", side_by_side: bool = True) -> Resolution:
    """A body named in English with a word its Korean name leaves out, in paragraphs that align by numbers."""
    en_text = f"The {english} said in May 2024 that 1,200 ships had been inspected.\n" \
              "Some 350 inspectors work in 48 ports."
    ko_text = ("해양사업청은 2024년 5월 선박 1200척을 점검했다고 밝혔다.\n항만 48곳에서 검사관 350명이 일한다."
               if side_by_side else
               "2024년 5월 선박 1200척이 점검을 받았다.\n해양사업청 검사관 350명이 항만 48곳에서 일한다.")
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    return resolve([_hand_extraction(en, [(english, "Organization")], []),
                    _hand_extraction(ko, [("해양사업청", ko_type)], [])], link_languages=False)


def test_one_english_modifier_korean_leaves_out_links_side_by_side():
    # 해양 Marine, 사업 Program, 청 Administration: Korean has no word for "Licensing".
    assert match_names("Marine Licensing Program Administration", "해양사업청").score < 0.7
    r = _left_out_pair("Marine Licensing Program Administration")
    (link,) = link_languages(r)
    assert "left out in Korean: Licensing" in link.evidence


@pytest.mark.parametrize(
    "english, kwargs",
    [("Marine Licensing Program Administration", {"side_by_side": False}),  # not in aligned paragraphs
     ("Marine Licensing Program Administration", {"ko_type": "Facility"}),  # kinds differ
     ("Marine Vessel Licensing Program Administration", {}),  # two words left out
     ("Licensing Marine Program Administration", {})],  # a first word may name another body
)
def test_a_left_out_modifier_needs_every_other_sign(english, kwargs):
    assert link_languages(_left_out_pair(english, **kwargs)) == []


def _anchored_pair(shared_number: bool) -> Resolution:
    """Reports that align by the people they name; one paragraph pair also shares a sum of money."""
    people = [("Kim Ha-neul", "김하늘"), ("Park Seo-jun", "박서준"), ("Choi Yu-na", "최유나")]
    en_text = " ".join(f"{p} spoke on Wednesday." for p, _ in people) + \
        "\nThe Marine Fisheries Administration will spend 450 billion won on ports."
    ko_text = " ".join(f"{k}이 수요일 말했다." for _, k in people) + \
        f"\n해양수산청은 항만에 {'4500억원을' if shared_number else '큰돈을'} 쓸 예정이다."
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    return resolve([_hand_extraction(en, [(p, "Person") for p, _ in people]
                                     + [("Marine Fisheries Administration", "Organization")], []),
                    _hand_extraction(ko, [(k, "Person") for _, k in people] + [("해양수산청", "Organization")], [])],
                   link_languages=False)


def test_paragraphs_sharing_a_sum_align_in_reports_aligned_by_names():
    # A name matched only through the glossary needs the two side by side;
    # reports aligned by the people they name still align paragraph by paragraph where they share a sum.
    pairs = _label_pairs(_anchored_pair(shared_number=True), link_languages(_anchored_pair(shared_number=True)))
    assert pairs["Marine Fisheries Administration"] == "해양수산청"
    pairs = _label_pairs(_anchored_pair(shared_number=False), link_languages(_anchored_pair(shared_number=False)))
    assert "Marine Fisheries Administration" not in pairs and pairs["Choi Yu-na"] == "최유나"


@pytest.mark.parametrize(
    "english, korean",
    [("Deputy Minister of Industry", "산업부 차관"),  # 차관: a vice or a deputy minister
     ("Deputy Minister of National Defence", "국방부 차관"),
     ("Vice Minister of Defense", "국방부 차관"),
     ("Minister of Foreign Affairs", "외교부 장관"),
     # 자원 is "resources" and "energy": the Korean name and the English one render it differently.
     ("Minister of Trade, Industry and Energy", "산업통상자원부 장관"),
     ("Vice Minister of Energy and Fisheries", "수산자원부 차관"),
     ("Minister of Resources", "에너지부 장관"),
     # A Japanese minister is 상 after the field: 방위상, 재무상.
     ("Minister of Defense", "방위상"),
     ("Finance Minister", "재무상")],
)
def test_an_office_named_by_its_ministry_s_field_is_one_title_in_both_languages(english, korean):
    assert office_title(english) == office_title(korean)


@pytest.mark.parametrize(
    "english, korean",
    [("Deputy Minister of Industry", "국방부 차관"), ("Deputy Minister of Industry", "산업부 장관"),
     ("Deputy Minister of Industry", "차관"),  # the body unknown
     ("Minister of Trade, Industry and Energy", "산업통상부 장관"),  # a field more in English
     ("Minister of Energy", "통상부 장관"), ("Minister of Science and Technology", "정보통신부 장관"),
     # 상 is a minister only after a field: 수상 (prime minister) and 부상 (vice minister) are not.
     ("Minister of Water", "수상"), ("Minister", "부상")],
)
def test_offices_of_other_ministries_or_ranks_keep_their_own_titles(english, korean):
    assert office_title(english) != office_title(korean)


@pytest.mark.parametrize(
    "first, second",
    [("Chief Executive Officer", "chief executive"), ("CEO", "Chief Executive"), ("CEO", "대표"),
     ("Chief Executive Officer", "최고경영자"), ("chief executive", "대표이사"), ("대표", "최고경영자"),
     ("Chairwoman", "Chairman"), ("chairperson", "회장"), ("Vice Chairwoman", "vice chairman"),
     ("Deputy CEO", "deputy chief executive")],
)
def test_titles_that_name_one_post_are_one_title(first, second):
    assert office_title(first) == office_title(second)


@pytest.mark.parametrize(
    "first, second",
    [("President", "Chief Executive Officer"), ("사장", "CEO"),  # 사장, a company's president
     ("Vice Chairman", "Chairman"), ("Vice Chairwoman", "chairperson"), ("Deputy CEO", "CEO"),
     ("Vice Minister", "Minister"), ("Deputy Mayor", "Mayor"), ("부시장", "시장"),
     ("Managing Director", "Chief Executive"),  # at many firms a rank several people hold
     ("Chair", "Chairman"),  # 의장 and 회장: a Korean firm's board chair and its chairman may be two people
     ("의장", "회장"), ("Chief Financial Officer", "Chief Executive Officer")],
)
def test_distinct_posts_keep_their_own_titles(first, second):
    assert office_title(first) != office_title(second)


def test_a_deputy_minister_of_a_named_body_is_not_its_vice_minister():
    # Korea's ministries call their 차관보 "Deputy Minister" and their 차관 "Vice Minister".
    assert office_title("Deputy Minister", ["Ministry of Trade"]) != office_title("Vice Minister", ["Ministry of Trade"])


def _prefixed_pair(town_named: bool) -> Resolution:
    en_text = "The delegation toured the Hapdeok Green Industrial Complex" + \
        (" in Dangjin" if town_named else "") + " on May 3, 2024.\nSome 1,200 people and 350 robots work there."
    ko_text = "대표단은 2024년 5월 3일 당진 합덕그린산업단지를 둘러봤다.\n이곳에서 1200명과 로봇 350대가 일한다."
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    en_names = [("Hapdeok Green Industrial Complex", "Facility")] + ([("Dangjin", "Place")] if town_named else [])
    return resolve([_hand_extraction(en, en_names, []),
                    _hand_extraction(ko, [("당진 합덕그린산업단지", "Facility")], [])], link_languages=False)


def test_a_town_before_a_korean_name_is_left_out_when_the_articles_name_it():
    # "당진 합덕그린산업단지": Korean puts the town first; "Dangjin" is a place of the English article.
    named = _prefixed_pair(town_named=True)
    links = link_languages(named)
    assert _label_pairs(named, links)["Hapdeok Green Industrial Complex"] == "당진 합덕그린산업단지"
    assert "place prefix left out" in links[0].evidence
    # Unknown as a place, the first word is part of the name, and most of it is unmatched.
    alone = _prefixed_pair(town_named=False)
    assert "Hapdeok Green Industrial Complex" not in _label_pairs(alone, link_languages(alone))


# ---------------------------------------------------------------------------
# With the real extractors


@pytest.mark.slow
def test_extracted_parallel_pair_links_without_wrong_merges(visit_pair, en_extractor, ko_extractor):
    en, ko = visit_pair
    resolution = resolve([en_extractor.extract(en), ko_extractor.extract(ko)], link_languages=False)
    links = link_languages(resolution)
    found = _label_pairs(resolution, links)
    # The Korean extractor may name a place with its city ("항저우 빈장구").
    # Cities the English extractor may type as organisations ("Incheon announced").
    acceptable = {**GOLD, "Incheon": "인천", "Hangzhou": "항저우"}
    wrong = {e: k for e, k in found.items() if e not in acceptable or not k.endswith(acceptable[e])}
    assert not wrong
    labels = {(lang, text) for e in resolution.entities for text, lang in e.labels}
    ko_labels = [t for lang, t in labels if lang == "ko"]
    both = [e for e, k in GOLD.items() if ("en", e) in labels and any(t.endswith(k) for t in ko_labels)]
    assert len([e for e in both if e in found]) >= 0.7 * len(both)


@pytest.mark.parametrize(
    "english, korean, places",
    [("Vice Chairman", "부회장", ()), ("Vice President", "부사장", ()),
     ("President Director", "사장", ()),  # an Indonesian firm's president
     ("Party chief", "당서기", ()), ("Party Secretary", "당서기", ()),
     # a minister of a place, named by the field before the rank in both languages
     ("Economy Minister", "베스트마르크주 경제장관", ("Westmark", "베스트마르크주")),
     ("Minister of Economy", "베스트마르크주 경제장관", ("Westmark", "베스트마르크주")),
     # the head of a state's government: chief minister, premier, 주총리 or 총리 of the state
     ("Chief Minister", "바루나푸르주 총리", ("Varunapur", "바루나푸르주")),
     ("Premier", "노스랜드주 주총리", ("Northland", "노스랜드주")),
     ("Chief Minister", "주총리", ("Varunapur", "바루나푸르주")),
     # ... and of a country, its prime minister, whatever English calls it
     ("Premier", "중국 총리", ("China", "중국")),
     # a province named with its country once ("중국 린후성"), its office without it
     ("Party Secretary", "린후성 당서기", ("Linhu", "중국 린후성"))],
)
def test_one_post_in_both_languages_is_one_title(english, korean, places):
    assert office_title(english, list(places)) == office_title(korean, list(places))


@pytest.mark.parametrize(
    "first, second, places",
    [("부회장", "회장", ()), ("부사장", "사장", ()), ("Vice President", "President", ()),
     ("Party Secretary", "서기", ()), ("Party Secretary", "Secretary", ()),
     ("Economy Minister", "베스트마르크주 재무장관", ("Westmark", "베스트마르크주")),  # finance, not economy
     ("Economy Minister", "베스트마르크주 장관", ("Westmark", "베스트마르크주")),  # the field unknown
     ("Chief Minister", "바루나푸르주 부총리", ("Varunapur", "바루나푸르주")),
     ("Premier", "Deputy Premier", ("Northland", "노스랜드주")),
     ("Chief Minister", "Governor", ("Varunapur", "바루나푸르주")),
     # a place with its country first is still not another place's title
     ("Party Secretary", "하이린성 당서기", ("Linhu", "중국 린후성"))],
)
def test_other_posts_of_a_place_keep_their_own_titles(first, second, places):
    assert office_title(first, list(places)) != office_title(second, list(places))


@pytest.mark.parametrize(
    "english, korean",
    [("Daeil Culture Center Madrid", "마드리드 대일문화센터"),  # Korean: the city first, a word of its own
     ("Hanbit Trade Center Lisbon", "리스본 한빛무역센터")],
)
def test_a_body_s_city_named_last_in_english_and_first_in_korean_is_a_sure_name(english, korean):
    assert match_names(english, korean).score >= 0.9


@pytest.mark.parametrize(
    "english, korean",
    [("Daeil Culture Center Madrid", "리스본 대일문화센터"),  # another city
     ("Daeil Culture Center Madrid", "마드리드 한빛문화센터"),  # another body in the same city
     ("Madrid Daeil Culture Center", "대일문화센터 마드리드")],  # a last Korean word is no place before a name
)
def test_a_body_in_another_city_or_of_another_name_is_no_sure_name(english, korean):
    assert match_names(english, korean).score < 0.9


def _center_pair(korean: str) -> Resolution:
    """Reports aligned by the people they name; English calls a centre a body, Korean a facility."""
    people = [("Kim Ha-neul", "김하늘"), ("Park Seo-jun", "박서준"), ("Choi Yu-na", "최유나")]
    en_text = " ".join(f"{p} spoke on Wednesday." for p, _ in people) + \
        "\nThe Daeil Culture Center Madrid arranged the meetings."
    ko_text = " ".join(f"{k}이 수요일 말했다." for _, k in people) + f"\n{korean}가 상담회를 주선했다."
    en = Article("e", en_text, "en", "e", ((0, len(en_text)),))
    ko = Article("k", ko_text, "ko", "k", ((0, len(ko_text)),))
    return resolve([_hand_extraction(en, [(p, "Person") for p, _ in people]
                                     + [("Daeil Culture Center Madrid", "Organization")], []),
                    _hand_extraction(ko, [(k, "Person") for _, k in people] + [(korean, "Facility")], [])],
                   link_languages=False)


@pytest.mark.parametrize("korean, linked", [("마드리드 대일문화센터", True),
                                            ("리스본 대일문화센터", False),  # the same name in another city
                                            ("마드리드 한빛문화센터", False)])  # another centre in the city
def test_a_body_and_a_facility_of_one_name_in_one_city_are_one_node(korean, linked):
    # Kinds that disagree link only on a sure name where the paragraphs naming them share no number;
    # the city that Korean writes first and English last is that sure name's own place.
    pairs = _label_pairs(_center_pair(korean), link_languages(_center_pair(korean)))
    assert (pairs.get("Daeil Culture Center Madrid") == korean) is linked


# --- a town's bare name and its name with 시 (s16) -----------------------------------------

@pytest.mark.parametrize(
    ("en", "ko", "one_bare_place", "suffix_unsaid"),
    [
        (("Gumi",), ("구미",), True, False),  # the town by its bare name on both sides
        (("Gumi",), ("구미시",), False, True),  # Korean's 시 ("city") unsaid in English
        (("Gumi City",), ("구미시",), False, False),  # said in both
        (("Gumi Electronics",), ("구미전자",), False, False),  # a firm named after the town
    ],
)
def test_bare_town_names_link_closest(en, ko, one_bare_place, suffix_unsaid):
    assert _one_bare_place(en, ko) == one_bare_place
    assert _suffix_unsaid(en, ko) == suffix_unsaid

