"""English extraction: typed mentions, aliases and relations on our own articles."""

from __future__ import annotations

import pytest

from tests.conftest import read_fixture_article, seed_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def governor(en_extractor):
    return en_extractor.extract(read_fixture_article("en/governor_visit.txt"))


def names(ex, typ=None):
    return {m.name for m in ex.mentions if typ is None or m.type == typ}


@pytest.mark.parametrize(
    "name, typ",
    [
        ("Han Do-yun", "Person"),  # title + hyphenated given name, missed by the NER
        ("Claire Moreau", "Person"),
        ("Lucien Barre", "Person"),  # "architect X"
        ("Rhone Battery Innovation Campus", "Facility"),  # quoted, head noun
        ("Confluence Tram Depot", "Facility"),
        ("Parc des Hauteurs", "Facility"),  # head-initial name
        ("Gerland District", "Place"),
        ("Lyon", "Place"),
        ("Gyeonggi Province", "Place"),
        ("Volterra Energy", "Organization"),
        ("Lumen Cells", "Organization"),
        ("Auvergne-Rhone-Alpes Regional Council", "Organization"),
        ("Aurora", "Product"),  # quoted after a product noun
        ("Gyeonggi Battery Industry Master Plan", "Plan"),
        ("Pyeongtaek Battery Cluster", "Facility"),
    ],
)
def test_entities_are_found_with_their_type(governor, name, typ):
    found = {m.type for m in governor.mentions if m.name == name}
    assert found == {typ}


def test_offsets_index_the_article_text(governor):
    text = governor.article.text
    for m in governor.mentions:
        assert text[m.start:m.end] == m.text


def test_no_mention_from_copyright_line_or_spanning_lines(governor):
    for m in governor.mentions:
        assert "\n" not in m.text
        assert "Agency" not in m.text
        assert not m.text.startswith(("the ", "The ", "'"))


def test_coordinated_names_are_split(governor):
    assert not any(" and " in n for n in names(governor) if "Council" not in n)


def test_short_references_resolve_to_the_full_name(governor):
    aliases = {(a.text, b.name) for a, b in governor.aliases}
    assert ("Han", "Han Do-yun") in aliases


def rel_set(ex):
    out = set()
    for r in ex.relations:
        obj = r.object.name if r.object is not None else r.value
        subj = r.subject.name
        # Aliases count as their full name.
        for a, b in ex.aliases:
            if a.name == subj:
                subj = b.name
        out.add((subj, r.predicate, obj))
    return out


@pytest.mark.parametrize(
    "triple",
    [
        ("Han Do-yun", "visited", "Rhone Battery Innovation Campus"),
        ("Han Do-yun", "visited", "Confluence Tram Depot"),
        ("Han Do-yun", "visited", "Parc des Hauteurs"),
        ("Han Do-yun", "metWith", "Claire Moreau"),
        ("Han Do-yun", "holdsOffice", "Gyeonggi"),
        ("Rhone Battery Innovation Campus", "locatedIn", "Gerland District"),
        ("Rhone Battery Innovation Campus", "establishedBy", "Volterra Energy"),
        ("Rhone Battery Innovation Campus", "establishedBy", "Lumen Cells"),
        ("Rhone Battery Innovation Campus", "establishedBy", "Auvergne-Rhone-Alpes Regional Council"),
        ("Rhone Battery Innovation Campus", "establishedDate", "2019-03"),
        ("Rhone Battery Innovation Campus", "unveiled", "Aurora"),
        ("Confluence Tram Depot", "designedBy", "Lucien Barre"),
        ("Confluence Tram Depot", "locatedIn", "Confluence District"),
        ("Gyeonggi Province", "announced", "Gyeonggi Battery Industry Master Plan"),
        ("Gyeonggi Province", "develops", "Pyeongtaek Battery Cluster"),
    ],
)
def test_relations_from_the_parse(governor, triple):
    assert triple in rel_set(governor)


def test_every_relation_keeps_its_evidence(governor):
    text = governor.article.text
    for r in governor.relations:
        s = r.sentence
        assert s.text and text[s.start:s.end] == s.text
        assert r.extractor == "en.spacy.v1" and 0 < r.score <= 1
        assert s.start <= r.subject.end or r.subject.start < s.start  # subject may be an antecedent


def test_seed_names_the_report_is_about(en_extractor):
    from kg.ingest import read_articles

    articles, _ = read_articles([str(seed_path("000"))])
    ex = en_extractor.extract(articles[0])
    by_name = {}
    for m in ex.mentions:
        by_name.setdefault(m.name, set()).add(m.type)
    # The four names the mission statement itself lists.
    assert by_name.get("Oh Se-hoon") == {"Person"}
    assert by_name.get("Zhongguancun") == {"Place"}
    assert by_name.get("Beijing Humanoid Robot Innovation Center") == {"Facility"}
    assert by_name.get("Xiaomi Robotics") == {"Organization"}
    for m in ex.mentions:
        assert articles[0].text[m.start:m.end] == m.text
        assert "\n" not in m.text


def _extract(en_extractor, text):
    from kg.ingest import article_from_text

    return en_extractor.extract(article_from_text(text, id="t", source="t", lang="en", format="jsonl"))


def _typed(en_extractor, text):
    ex = _extract(en_extractor, text)
    return [(m.text, m.type) for m in ex.mentions if m.type not in ("Date", "Quantity")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The dateline is where the story was filed, even when the city is
        # a team in the results below it.
        ("DENVER 2031-04-02\nDENVER 4 Halifax 2\nHalifax 3 DENVER 1",
         [("DENVER", "Place"), ("DENVER", "Organization"), ("DENVER", "Organization")]),
        ("OTTAWA, Mar. 3 (Northwire) -- The council met on Friday.", [("OTTAWA", "Place"), ("Northwire", "Organization")]),
        # A name with a dash after it is no dateline unless it is in capitals.
        ("Maria Bellweather - the singer - said no.", [("Maria Bellweather", "Person")]),
    ],
)
def test_datelines(en_extractor, text, expected):
    got = _typed(en_extractor, text)
    assert [g for g in got if g[0] in {e[0] for e in expected}][: len(expected)] == expected


def test_surname_alone_is_the_person_named_in_full(en_extractor):
    text = ("Film director Corwin Kingsley opened the festival.\n"
            "Kingsley, whose last film was shot in Lisbon, thanked the crew.\n"
            "Critics said Kingsley had taken risks.")
    got = _typed(en_extractor, text)
    assert {t for n, t in got if n == "Kingsley"} == {"Person"}


def test_former_is_no_title(en_extractor):
    got = dict(_typed(en_extractor, "Former Auxerre playmaker Dario Velluti signed for two years."))
    assert got.get("Auxerre") != "Person"
    assert got.get("Dario Velluti") == "Person"


def test_name_after_a_title_ends_before_a_weekday(en_extractor):
    got = dict(_typed(en_extractor, "Senator Ilse Marwick Monday opposed the bill."))
    assert got.get("Ilse Marwick") == "Person"
    assert "Ilse Marwick Monday" not in got


def test_capitalised_the_inside_a_name_stays(en_extractor):
    got = _typed(en_extractor, "The envoys met again in The Hague on Monday.")
    assert ("The Hague", "Place") in got


def _relations(en_extractor, text):
    ex = _extract(en_extractor, text)
    return {(r.subject.name, r.predicate, r.object.name) for r in ex.relations if r.object is not None}


def test_name_cut_at_a_hyphen_is_whole(en_extractor):
    got = dict(_typed(en_extractor, "The plant was set up by Corvane Robotics and Lyon Ve-Tarn Battery Industry Development."))
    assert got.get("Lyon Ve-Tarn Battery Industry Development") == "Organization"
    assert got.get("Corvane Robotics") == "Organization"  # the head noun decides, whatever the context says


def test_headline_verb_phrase_is_no_name(en_extractor):
    got = dict(_typed(en_extractor, "Tour of Harbor Energy Campus... Sharing Lyon Vision"))
    assert "Sharing Lyon Vision" not in got
    body = dict(_typed(en_extractor, "The governor walked through Daeyangjing Riverside Park in the Gerland District."))
    assert body.get("Daeyangjing Riverside Park") == "Facility"  # an "-ing" name in body text stays


def test_apposition_the_parser_missed_locates_the_name(en_extractor):
    rels = _relations(en_extractor, "On Monday, Governor Mara Quinn visited the 'Harbor Startup Training Camp,' a support "
                                    "center within Lyon Startup Street, where she listened to local founders about the city's startup scene.")
    assert ("Harbor Startup Training Camp", "locatedIn", "Lyon Startup Street") in rels


def test_noun_predicate_with_the_preposition_on_the_verb(en_extractor):
    rels = _relations(en_extractor, "Tour of Lyon Startup Street that gave birth to Volterra Energy and Lumen Cells")
    assert {("Lyon Startup Street", "originOf", "Volterra Energy"), ("Lyon Startup Street", "originOf", "Lumen Cells")} <= rels


def test_bracketed_hangul_spelling_is_a_korean_alias(en_extractor):
    text = "Busan Mayor Kim Ha-neul (김하늘) opened the Lyon Harbor Science Center (里昂港科学中心) on Monday."
    ex = _extract(en_extractor, text)
    pairs = {(a.text, a.lang, ante.name) for a, ante in ex.aliases}
    assert ("김하늘", "ko", "Kim Ha-neul") in pairs
    assert ("里昂港科学中心", "zh", "Lyon Harbor Science Center") in pairs
    assert all(text[a.start:a.end] == a.text for a, _ in ex.aliases)


@pytest.mark.parametrize(
    "sentence, visited",
    [
        ("Governor Mara Quinn visited the Harbor Energy Campus on Monday.", True),
        ("Governor Mara Quinn will visit the Harbor Energy Campus on Monday.", False),
        ("Governor Mara Quinn plans to visit the Harbor Energy Campus next week.", False),
        ("Governor Mara Quinn is scheduled to visit the Harbor Energy Campus on Friday.", False),
    ],
)
def test_a_visit_still_to_come_is_no_visit(en_extractor, sentence, visited):
    rels = _relations(en_extractor, sentence)
    assert (("Mara Quinn", "visited", "Harbor Energy Campus") in rels) is visited


def _offices(en_extractor, text):
    ex = _extract(en_extractor, text)
    return {(r.subject.name, r.object.name if r.object else None, r.value) for r in ex.relations
            if r.predicate == "holdsOffice"}


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Busan Mayor Kim Ha-neul opened the fair.", ("Kim Ha-neul", "Busan", "Mayor")),
        ("Korea's trade minister Jung Min-ho arrived.", ("Jung Min-ho", "Korea", "trade minister")),
        # A portfolio names no body of its own.
        ("He met Minister of Industry and Trade Nguyen Van Thang.", ("Nguyen Van Thang", None, "Minister of Industry and Trade")),
        ("He met Claire Moreau, the director of the Lyon Harbor Science Center, on Monday.",
         ("Claire Moreau", "Lyon Harbor Science Center", "director")),
        ("He met Claire Moreau, Lyon's deputy mayor, on Monday.", ("Claire Moreau", "Lyon", "deputy mayor")),
        ("Prime Minister Mara Quinn spoke.", ("Mara Quinn", None, "Prime Minister")),
    ],
)
def test_offices_written_with_the_name(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Quinn spoke at her first rally since the flu outbreak reached the United States, on May 3 in Tulsa, Oklahoma.",
        "The outbreak hit the United States on May 3 in Tulsa.",
    ],
)
def test_a_country_is_never_located_in_its_city_or_state(en_extractor, sentence):
    ex = _extract(en_extractor, sentence)
    assert not [r for r in ex.relations if r.predicate == "locatedIn" and r.subject.text == "United States"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("A truck and two motorcycles collided on Route 2 near Randolph.", "Route 2"),
        ("Police closed Highway 7 after the storm.", "Highway 7"),
        ("Flights to Lyon now leave from Terminal 3.", "Terminal 3"),
    ],
)
def test_a_numbered_road_or_terminal_is_one_facility(en_extractor, sentence, name):
    typed = _typed(en_extractor, sentence)
    assert (name, "Facility") in typed
    assert name.split()[0] not in [t for t, _ in typed]  # not the head noun alone


@pytest.mark.parametrize(
    "sentence",
    [
        "Former prime minister Mara Quinn criticised the plan.",
        "Former Busan Mayor Kim Ha-neul opened the fair.",
        "He met Claire Moreau, the former director of the Lyon Harbor Science Center, on Monday.",
        "Guests included ex-UK Prime Minister Tom Reed.",
    ],
)
def test_a_former_office_is_not_held(en_extractor, sentence):
    assert _offices(en_extractor, sentence) == set()


@pytest.mark.parametrize(
    "sentence, visits",
    [
        ("Mara Quinn refused to visit Lyon.", set()),
        ("Mara Quinn did not visit Lyon on Monday.", set()),
        ("Mara Quinn visited Busan, but she declined to visit Lyon.", {("Mara Quinn", "Busan")}),
    ],
)
def test_a_visit_refused_or_negated_is_no_fact(en_extractor, sentence, visits):
    ex = _extract(en_extractor, sentence)
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "visited"} == visits


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Afterwards Quinn visited Lyon to open the fair.", "Quinn"),
        ("Born Robert Reed in Busan, he moved to Lyon at ten.", "Robert Reed"),
    ],
)
def test_an_opening_adverb_or_participle_is_not_part_of_a_name(en_extractor, sentence, name):
    people = [t for t, typ in _typed(en_extractor, sentence) if typ == "Person"]
    assert people == [name]


def test_a_lower_case_prefix_is_not_part_of_a_name(en_extractor):
    typed = _typed(en_extractor, "Guests included ex-UK Prime Minister Tom Reed and the pro-Beijing camp.")
    assert ("UK", "Place") in typed and not [t for t, _ in typed if t.startswith(("ex-", "pro-"))]


def test_short_form_after_the_full_office_adds_no_vaguer_office(en_extractor):
    got = _offices(en_extractor, "Busan Mayor Kim Ha-neul opened the fair. Mayor Kim then toured the port.")
    assert got == {("Kim Ha-neul", "Busan", "Mayor")}


def test_an_acronym_defined_in_brackets_is_the_name_everywhere(en_extractor):
    text = ("The Lyon Harbor Energy Agency (LHEA) and the Busan Port Authority signed a deal. "
            "LHEA said it would open an office. The UN was not involved.")
    ex = _extract(en_extractor, text)
    pairs = {(a.text, a.start, b.text) for a, b in ex.aliases}
    starts = [m.start for m in ex.mentions if m.text == "LHEA"]
    assert len(starts) == 2 and {("LHEA", s, "Lyon Harbor Energy Agency") for s in starts} <= pairs
    assert not [p for p in pairs if p[0] == "UN"]


@pytest.mark.parametrize(
    "text, host, event",
    [
        # A city of over a million needs no other mention.
        ("Delegates flew in for the Busan Maritime Robotics Festival on Friday.", "Busan", "Busan Maritime Robotics Festival"),
        # A smaller town hosts it when the article names the town itself.
        ("The team trained in Lillehammer before the 2031 Lillehammer Winter Games.", "Lillehammer",
         "Lillehammer Winter Games"),
    ],
)
def test_the_place_an_event_is_named_after_hosts_it(en_extractor, text, host, event):
    ex = _extract(en_extractor, text)
    assert (host, "hosts", event) in _relations(en_extractor, text)
    nested = [m for m in ex.mentions if m.text == host and m.type == "Place"]
    outer = next(m for m in ex.mentions if m.text == event)
    assert outer.type == "Event" and any(m.start == outer.start for m in nested)


def test_an_everyday_word_opening_an_event_is_no_host(en_extractor):
    # "Mobile" is also a city of 180,000 people; the article names no such place.
    text = "Engineers demonstrated the handset at the Mobile Robotics Expo in Lisbon."
    assert not any(p == "hosts" for _, p, _ in _relations(en_extractor, text))


def test_a_sentence_opening_the_is_no_part_of_a_headed_name(en_extractor):
    got = _typed(en_extractor, "The Daegu Drone Expo opens next week.")
    assert ("Daegu Drone Expo", "Event") in got


@pytest.mark.parametrize(
    "text, storm, later",
    [
        ("Hurricane Odessa struck Savannah on Monday. Odessa weakened over Georgia.", "Hurricane Odessa", "Odessa"),
        ("Tropical Storm Marlo formed near Guam. Forecasters expect Marlo to turn north.", "Tropical Storm Marlo",
         "Marlo"),
    ],
)
def test_a_named_storm_is_an_event_all_through_the_article(en_extractor, text, storm, later):
    got = _typed(en_extractor, text)
    assert (storm, "Event") in got and (later, "Event") in got
    assert not any(n in (storm, later) and t in ("Person", "Organization") for n, t in got)


def test_a_body_named_after_storms_is_no_storm(en_extractor):
    got = _typed(en_extractor, "The Storm Forecast Center issued a warning for Tampa.")
    assert not any(t == "Event" for _, t in got)


@pytest.mark.parametrize(
    "text, junk",
    [
        # The small NER model tags a capitalised sentence adverb as a person.
        ("Historically, the Hanbit council met in Busan. Nowadays, it meets online.", {"Historically", "Nowadays"}),
        ('Jun said: "Frankly, my goal is to beat Hanbit Robotics.  After that, who knows?" on Monday.', {"Frankly"}),
        # A quoted sentence is no name, whatever the NER makes of it.
        ('Min said: "Hello, my job is to help Hanbit.  What about you?"', {"Hello, my job is to help Hanbit.  What about you?"}),
        # A quotation shouted in capitals holds no names.
        ('The mayor posted "WE BUILT THE BRIDGE, ON BUDGET!" on social media.', {"WE BUILT THE BRIDGE"}),
        ('The candidate tweeted "I CARRIED THIS STATE, EASILY!" after midnight.', {"I CARRIED THIS STATE", "EASILY"}),
    ],
)
def test_sentence_adverbs_quoted_sentences_and_shouts_are_no_names(en_extractor, text, junk):
    assert not {n for n, _ in _typed(en_extractor, text)} & junk


def test_names_in_quotes_and_after_a_sentence_adverb_stay(en_extractor):
    got = _typed(en_extractor, 'Historically, Hanbit Robotics built robots. He visited "IBM Research" in Zurich.')
    assert {("Hanbit Robotics", "Organization"), ("IBM Research", "Organization"), ("Zurich", "Place")} <= set(got)


def test_a_title_case_headline_is_read_by_the_names_of_the_body(en_extractor):
    text = ("Daegu Mayor Seo Ji-hun Visits Lyon To Expand Battery Ties\n"
            "Daegu Mayor Seo Ji-hun arrived in Lyon on Monday, the city said. Lyon welcomed the delegation.")
    typed = _typed(en_extractor, text)
    headline = {(t, typ) for t, typ in typed if text.index(t) < text.index("\n")}
    assert ("Seo Ji-hun", "Person") in headline and ("Lyon", "Place") in headline
    assert not any("Visits" in t or "Expand" in t for t, _ in typed)  # no name runs over the headline's verbs
    assert {typ for t, typ in typed if t == "Lyon"} == {"Place"}


def test_a_city_that_begins_a_body_s_name_stays_a_place(en_extractor):
    typed = _typed(en_extractor, "Daegu Mayor Seo Ji-hun met the Daegu Port Authority board. Daegu hosts the fair.")
    assert {typ for t, typ in typed if t == "Daegu"} == {"Place"}
    assert ("Daegu Port Authority", "Organization") in typed


def test_a_name_ends_at_a_comma_after_its_head_noun(en_extractor):
    typed = _typed(en_extractor, "At Keele National University, Seo toured a laboratory. Seo said the visit went well.")
    assert not any("," in t for t, _ in typed)
    assert ("Park", "Facility") not in typed and ("Seo", "Facility") not in typed


@pytest.mark.parametrize(
    "text, visit",
    [
        ("Governor Mara Quinn arrived in Lyon on Monday.", ("Mara Quinn", "visited", "Lyon")),
        # A wire dateline glued to the lead paragraph leaves its sentence whole.
        ("LYON, March 4 (Kg Wire) -- Governor Mara Quinn arrived in Lyon on Monday.",
         ("Mara Quinn", "visited", "Lyon")),
    ],
)
def test_arriving_in_a_place_is_a_visit(en_extractor, text, visit):
    assert visit in _relations(en_extractor, text)


def test_a_future_arrival_is_no_visit(en_extractor):
    assert not {r for r in _relations(en_extractor, "Governor Mara Quinn will arrive in Lyon on Monday.")
                if r[1] == "visited"}


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Indonesian President Rahmat Wibisono opened the fair.", ("Rahmat Wibisono", "Indonesia", "President")),
        ("Japanese Foreign Minister Aiko Tanabe met the press.", ("Aiko Tanabe", "Japan", "Foreign Minister")),
        ("South Korean Ambassador Kim Ha-neul spoke.", ("Kim Ha-neul", "South Korea", "Ambassador")),
    ],
)
def test_a_nationality_before_an_office_is_its_country(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


def test_a_nationality_alone_is_no_place(en_extractor):
    assert "Indonesian" not in {t for t, _ in _typed(en_extractor, "Indonesian engineers built the bridge.")}


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # The NER calls an unfamiliar one-word firm a person in every paragraph;
        # the writer's "retailer" once outweighs them all.
        ("On Thursday, UK-based retailer Tarsk said it would sell its Danish branch. Tarsk said sales fell. "
         "Analysts expect Tarsk to close more stores, and Tarsk agreed.", "Tarsk", "Organization"),
        ("On Friday, code hosting website Lumbr blocked the project. Lumbr said the notice was valid.",
         "Lumbr", "Organization"),
        ("The treaty ignores our biggest island Velmora, the minister said. Talks may resume on Velmora.",
         "Velmora", "Place"),
        ("Two people died on the Greek island of Samvos. Streets of Samvos were flooded.", "Samvos", "Place"),
        ("She spoke about her husband Dorin, who was arrested in May. Police said Dorin was held in the capital.",
         "Dorin", "Person"),
        ("A ministry spokesperson, Morwen Ortell, said the vote was a mistake.", "Morwen Ortell", "Person"),
    ],
)
def test_the_common_noun_before_a_name_types_it(en_extractor, text, name, typ):
    assert {t for n, t in _typed(en_extractor, text) if n == name} == {typ}


def test_news_agency_before_a_clause_types_no_name(en_extractor):
    got = _typed(en_extractor, "The surgeon told the Tass news agency Yeltsin was working again. Yeltsin rested.")
    assert {t for n, t in got if n == "Yeltsin"} == {"Person"}


@pytest.mark.parametrize(
    "text, junk",
    [
        ("The drilling in Cypriot waters angered Omani officials, and Cypriot fishermen protested.", {"Cypriot", "Omani"}),
        ("He studied Islamic law and Omani history in Muscat.", {"Omani", "Islamic"}),
    ],
)
def test_a_nationality_adjective_is_no_name(en_extractor, text, junk):
    assert not {n for n, _ in _typed(en_extractor, text)} & junk


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("The talks were attended by Israeli prime minister Dov Arieli on Monday.", ("Dov Arieli", "Israel", "prime minister")),
        ("The talks were attended by Cypriot president Andreas Kyprianou.", ("Andreas Kyprianou", "Cyprus", "president")),
        ("Italian economic development minister Carlo Venturi sent a letter.",
         ("Carlo Venturi", "Italy", "economic development minister")),
        ("Seoul city Mayor Kang Min-jae was found on Friday.", ("Kang Min-jae", "Seoul", "city Mayor")),
    ],
)
def test_an_office_in_lower_case_keeps_its_country_or_city(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


def test_a_name_goes_on_after_a_particle(en_extractor):
    text = ("On Friday, Qasim bin Saad, the long-serving emir of the islands, died aged 79.\n"
            "Qasim did not have children. Qasim had ruled since 1970, and the new Sultan was chosen on Monday.")
    got = _typed(en_extractor, text)
    assert ("Qasim bin Saad", "Person") in got
    assert {t for n, t in got if n == "Qasim"} == {"Person"}
    assert "Sultan" not in {n for n, _ in got}  # a title with its article is no name


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Firefighters closed the vents. Through Tuesday evening the fire was reduced.", "Through"),
        ("Haldor studied abroad. Arriving back home in 1964, he turned to the study of law.", "Arriving"),
        ("Back in 2018, the congress approved a bill on Haldor's proposal.", "Back"),
    ],
)
def test_a_sentence_opening_preposition_adverb_or_participle_is_no_name(en_extractor, text, junk):
    assert junk not in {n for n, _ in _typed(en_extractor, text)}


def test_an_opening_preposition_is_no_part_of_the_name_after_it(en_extractor):
    text = "Haldor Venn died on Friday. Before Haldor's burial at a family cemetery, his cousin attended prayers."
    names = {n for n, _ in _typed(en_extractor, text)}
    assert "Before Haldor" not in names and "Haldor" in names


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # Denver is a city of under a million: the preposition of place decides.
        ("Heavy rain fell over Denver on Monday.", "Denver", "Place"),
        ("Prime minister Inga Sorvik posted on Twitter asking for places to eat.", "Twitter", "Organization"),
    ],
)
def test_the_preposition_of_place_or_medium_types_the_name(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minjun Park said the plan would work.", "Minjun Park"),
        ("Tara Lynn Hall was convicted of fraud in 2012.", "Tara Lynn Hall"),
    ],
)
def test_a_surname_like_a_facility_head_is_a_person_who_speaks(en_extractor, text, name):
    assert (name, "Person") in _typed(en_extractor, text)


def test_a_park_is_still_a_facility(en_extractor):
    assert ("Hyde Park", "Facility") in _typed(en_extractor, "Crowds gathered in Hyde Park on Sunday.")


@pytest.mark.parametrize(
    "sentence, office",
    [
        # The office phrase between two names is the second one's.
        ("Speaking to Norland Radio, the chairman of the Vester Rights League, Ola Brandt, said it was wrong.",
         ("Ola Brandt", "Vester Rights League", "chairman")),
        ("The mayor of Garrow, Petra Lind, and the governor of Ostmark, Ivo Renn, met on Friday.",
         ("Petra Lind", "Garrow", "mayor")),
        # "the <place noun> of X": the office is X's.
        ("Brynn Castell, the mayor of the northern city of Lyon, spoke.", ("Brynn Castell", "Lyon", "mayor")),
    ],
)
def test_an_office_phrase_in_apposition_names_its_holder(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


def test_an_office_phrase_before_a_name_is_not_the_name_before_it(en_extractor):
    text = "Speaking to Norland Radio, the chairman of the Vester Rights League, Ola Brandt, said it was wrong."
    assert "Norland Radio" not in {holder for holder, _, _ in _offices(en_extractor, text)}
    assert dict(_typed(en_extractor, text)).get("Norland Radio") != "Person"


def test_a_portfolio_before_an_office_title_is_no_organisation(en_extractor):
    text = "Wilbur Krane, the Commerce Secretary, and Interior Minister Ada Voss spoke."
    assert ("Ada Voss", None, "Interior Minister") in _offices(en_extractor, text)
    assert {n for n, t in _typed(en_extractor, text)} == {"Wilbur Krane", "Ada Voss"}


@pytest.mark.parametrize(
    "text, kept",
    [
        # An office with no holder named is no body, as "the Trade Minister" is none.
        ("The Minister of Trade and Industry said the tariffs would stay.", set()),
        ("The Minister for Foreign Affairs said the talks would go on.", set()),
        ("The Secretary of State said the talks would go on.", set()),
        ("Minister of Trade and Industry Ola Brandt said the tariffs would stay.", {("Ola Brandt", "Person")}),
        # The ministry is a body.
        ("The Ministry of Trade and Industry said the tariffs would stay.",
         {("Ministry of Trade and Industry", "Organization")}),
    ],
)
def test_an_office_s_own_name_is_no_body(en_extractor, text, kept):
    assert set(_typed(en_extractor, text)) == kept


def test_the_place_a_governor_heads_is_a_place(en_extractor):
    assert ("Lyon", "Place") in _typed(en_extractor, "Arne Tollefsen, the governor of Lyon, opened the hall.")


@pytest.mark.parametrize(
    "event, hosted",
    [
        ("Velm Film Festival", True),
        ("Velm Expo 2031", True),
        ("Velm War", False),  # named after a place, not held by it
        ("Velm Accord", False),
    ],
)
def test_only_gatherings_are_hosted_by_the_place_in_their_name(event, hosted):
    from kg.extract.en import _event_hosts
    from kg.ingest import article_from_text
    from kg.records import Mention, Sentence

    text = f"Velm is a town. The {event} began."
    art = article_from_text(text, id="t", source="t", lang="en", format="jsonl")
    start = text.index(event)
    mentions = [Mention("t", 0, 4, "Velm", "Place", 0.9, "Velm", "en", "x"),
                Mention("t", start, start + len(event), event, "Event", 0.9, event, "en", "x")]
    hosts = _event_hosts(mentions, [Sentence(0, len(text), text)], art, "x")
    assert [(h.subject.name, h.object.name) for h in hosts] == ([("Velm", event)] if hosted else [])


def test_a_place_inside_a_part_of_a_city_does_not_contain_the_city(en_extractor):
    rels = _relations(en_extractor, "The campus lies in the northern part of Lyon in Velm District.")
    assert not any(s == "Lyon" and p == "locatedIn" for s, p, _ in rels)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("The Arden Robot Center is in the north-east region of Lyon.", ("Arden Robot Center", "locatedIn", "Lyon")),
        ("The Ferrow Museum is in Garrow.", ("Ferrow Museum", "locatedIn", "Garrow")),
    ],
)
def test_what_is_in_a_place_lies_in_it(en_extractor, text, triple):
    assert triple in _relations(en_extractor, text)


def test_what_is_not_in_a_place_does_not_lie_in_it(en_extractor):
    assert not _relations(en_extractor, "The Ferrow Museum is not in Garrow.")


@pytest.mark.parametrize(
    "text, chamber, member",
    [
        ("Republican member of the House of Representatives Garrick Oldfeld said the bill failed.",
         "House of Representatives", "Garrick Oldfeld"),
        ("According to the report, Speaker of the House Tilda Varnham agreed.", "House", "Tilda Varnham"),
    ],
)
def test_a_chamber_and_its_member_are_two_names(en_extractor, text, chamber, member):
    got = _typed(en_extractor, text)
    assert (chamber, "Organization") in got and (member, "Person") in got


def test_a_chamber_s_committee_stays_whole(en_extractor):
    assert ("House Judiciary Committee", "Organization") in _typed(en_extractor, "The House Judiciary Committee voted.")


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Protesters gathered at Mount Tarra, where Mount Tarra Hospital stands.", "Mount Tarra", "Place"),
        ("Protesters gathered at Mount Tarra, where Mount Tarra Hospital stands.", "Mount Tarra Hospital", "Facility"),
        ("Tourists swam in Lake Orvan near the lighthouse.", "Lake Orvan", "Place"),
    ],
)
def test_a_natural_feature_s_word_in_front_makes_a_place(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Commerce Secretary Ilsa Brandt and Attorney General Rob Tarrant testified.",
         ("Rob Tarrant", None, "Attorney General")),
        ("Ilsa Brandt was re-elected, according to current president Rob Tarrant.", ("Rob Tarrant", None, "president")),
    ],
)
def test_office_titles_of_two_words_and_without_incumbency(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


def test_a_lawyer_holds_no_office(en_extractor):
    assert not _offices(en_extractor, "Defense attorney Ilsa Brandt objected.")


def test_an_apostrophe_does_not_close_a_quotation(en_extractor):
    assert _typed(en_extractor, "\"She's just doing this to stall,\" said a protester.") == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Ola Brandt met the wife of Ivo Renn on Friday.", ("Ola Brandt", "metWith", "Ivo Renn")),
        ("The Velm Party was founded by supporters of the Arvo Tamm family.", ("Velm Party", "establishedBy", "Arvo Tamm")),
    ],
)
def test_a_fact_about_the_people_of_a_name_is_none_about_the_name(en_extractor, text, wrong):
    assert wrong not in _relations(en_extractor, text)


def test_the_date_a_government_was_set_up_is_not_its_country_s(en_extractor):
    ex = _extract(en_extractor, "The government of Ostmark was established in 2003.")
    assert not [r for r in ex.relations if r.predicate == "establishedDate"]


def test_a_delegation_of_a_body_stands_for_it(en_extractor):
    assert ("Ola Brandt", "metWith", "Velm Robotics") in _relations(
        en_extractor, "Ola Brandt met a delegation of Velm Robotics in Lyon.")


@pytest.mark.parametrize(
    "text, met",
    [
        ("Governors Arvo Tamm and Ivo Renn met in Lyon.", {("Arvo Tamm", "metWith", "Ivo Renn")}),
        ("Arvo Tamm and Ivo Renn met the targets.", set()),  # met something, not each other
        ("Arvo Tamm and Ivo Renn will meet in Lyon.", set()),
        ("Arvo Tamm and Ivo Renn did not meet.", set()),
    ],
)
def test_coordinated_subjects_of_meet_met_each_other(en_extractor, text, met):
    assert {r for r in _relations(en_extractor, text) if r[1] == "metWith"} == met


def _signed(en_extractor, text):
    return {r for r in _relations(en_extractor, text) if r[1] == "signedAgreementWith"}


@pytest.mark.parametrize(
    "text, signed",
    [
        ("Vestria Motors signed a memorandum of understanding (MOU) with Korlan Battery on Tuesday.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        ("Ostmark signed a letter of intent with Velmora Systems.",
         {("Ostmark", "signedAgreementWith", "Velmora Systems")}),
        ("Vestria Motors signed a supply contract with Korlan Battery worth $2 billion.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        # The partner hung on the agreement's topic by the parser.
        ("Vestria Motors signed an MOU on battery cooperation with Korlan Battery.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        ("Vestria Motors inked a deal with Korlan Battery.", {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        # The parties as coordinated subjects, or after "between": once, from the one named first.
        ("Vestria Motors and Korlan Battery signed an MOU on joint research.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        ("An agreement between Vestria Motors and Korlan Battery was signed on Friday.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        ("The agreement was signed by Vestria Motors and Korlan Battery.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery")}),
        # One fact per partner.
        ("Vestria Motors signed MOUs with Korlan Battery and Delmar Steel.",
         {("Vestria Motors", "signedAgreementWith", "Korlan Battery"),
          ("Vestria Motors", "signedAgreementWith", "Delmar Steel")}),
        # A person who signs for a body is the party, as for metWith.
        ("Governor Arvo Tamm signed an MOU with Hanul Motors in Lyon.",
         {("Arvo Tamm", "signedAgreementWith", "Hanul Motors")}),
        ("Arvo Tamm visited Lyon and signed an MOU with Hanul Motors.",
         {("Arvo Tamm", "signedAgreementWith", "Hanul Motors")}),
        # Still to come, promised, denied: no signing.
        ("Vestria Motors will sign an MOU with Korlan Battery next week.", set()),
        ("Vestria Motors plans to sign a contract with Korlan Battery.", set()),
        ("Vestria Motors agreed to sign an MOU with Korlan Battery.", set()),
        ("Governor Arvo Tamm travelled to Lyon to sign an MOU with Hanul Motors.", set()),
        ("Vestria Motors did not sign the agreement with Korlan Battery.", set()),
        # Agreeing is no signing, and one signs more than agreements.
        ("Vestria Motors and Korlan Battery agreed to build a plant.", set()),
        ("Governor Arvo Tamm signed the guestbook at Korlan Battery.", set()),
        ("Governors Arvo Tamm and Ivo Renn signed the guestbook.", set()),
        ("President Ivo Renn and Speaker Ola Brandt signed a bill into law.", set()),
    ],
)
def test_signings_of_agreements_are_facts(en_extractor, text, signed):
    assert _signed(en_extractor, text) == signed


@pytest.mark.parametrize(
    "text, signed",
    [
        # A relative clause without its pronoun: the parser folds the agreement
        # noun and the signer into one subject, and the NER may fold them into one name.
        ("The MOUs Kestrel Marine signed with Dorval Shipping last year will expire in June.",
         {("Kestrel Marine", "signedAgreementWith", "Dorval Shipping")}),
        ("The MOU Halvard Logistics signed with Brenner Rail covers freight.",
         {("Halvard Logistics", "signedAgreementWith", "Brenner Rail")}),
        ("The two LOIs Halvard Logistics signed with Brenner Rail in May have lapsed.",
         {("Halvard Logistics", "signedAgreementWith", "Brenner Rail")}),
        # Still to come or denied: no signing.
        ("The MOUs Kestrel Marine will sign with Dorval Shipping cover freight.", set()),
        ("The MOUs Kestrel Marine plans to sign with Dorval Shipping cover freight.", set()),
        ("The MOUs Kestrel Marine did not sign with Dorval Shipping covered freight.", set()),
    ],
)
def test_an_agreement_the_signer_is_named_after_is_signed(en_extractor, text, signed):
    ex = _extract(en_extractor, text)
    assert {(r.subject.name, r.predicate, r.object.name) for r in ex.relations
            if r.predicate == "signedAgreementWith"} == signed
    # The agreement noun is no word of the firm's name.
    assert {m.name for m in ex.mentions if m.type == "Organization"} >= {
        n for pair in signed for n in (pair[0], pair[2])}
    assert not any(m.name.split()[0].lower().rstrip("s") in ("mou", "loi") for m in ex.mentions)


def test_a_signing_is_stated_with_its_evidence_sentence(en_extractor):
    ex = en_extractor.extract(read_fixture_article("en/s14b_wire_mou_signings.txt"))
    facts = {(r.subject.name, r.object.name): r.sentence.text for r in ex.relations
             if r.predicate == "signedAgreementWith"}
    assert set(facts) == {("Arvo Tamm", "Hanul Motors"), ("Ostmark Invest", "Korlan Battery"),
                          ("Ostmark Invest", "Delmar Cells"), ("Velmora Systems", "Rhone Robotics Association")}
    assert facts[("Arvo Tamm", "Hanul Motors")].startswith("Ostmark Province Governor Arvo Tamm signed a memorandum")
    assert "was signed at the same ceremony" in facts[("Velmora Systems", "Rhone Robotics Association")]


@pytest.mark.parametrize(
    "sentence, office",
    [
        # An Arabic name with its particles is one person's, after a portfolio too.
        ("Minister of Energy Khalid bin Saeed al-Mansouri spoke on Monday.",
         ("Khalid bin Saeed al-Mansouri", None, "Minister of Energy")),
        ("Minister of Energy Khalid bin Saeed Al Mansouri spoke on Monday.",
         ("Khalid bin Saeed Al Mansouri", None, "Minister of Energy")),
        # A region's adjective is the office's place, as a country's is.
        ("Bavarian Economy Minister Anna Weber spoke.", ("Anna Weber", "Bavaria", "Economy Minister")),
        ("Texan Governor Ola Brandt spoke.", ("Ola Brandt", "Texas", "Governor")),
        ("Tasmanian Premier Ivo Renn spoke.", ("Ivo Renn", "Tasmania", "Premier")),
        ("Asian Development Minister Ola Brandt spoke.", ("Ola Brandt", None, "Development Minister")),
        # "Business" is a portfolio, part of the office.
        ("Business Secretary Ola Brandt spoke.", ("Ola Brandt", None, "Business Secretary")),
        # A name set off after "the <title> of <Body>," is the holder's.
        ("The chairman of Dasan Electronics, Park Min-jae, who founded the firm in 1990, spoke.",
         ("Park Min-jae", "Dasan Electronics", "chairman")),
    ],
)
def test_offices_of_names_the_ner_splits_or_misses(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Minister of Energy Khalid bin Saeed al-Mansouri spoke on Monday.", "Khalid bin Saeed al-Mansouri"),
        ("The chairman of Dasan Electronics, Park Min-jae, spoke.", "Park Min-jae"),
    ],
)
def test_the_whole_name_is_the_only_person(en_extractor, sentence, person):
    typed = _typed(en_extractor, sentence)
    assert [t for t, typ in typed if typ == "Person"] == [person]
    assert not [t for t, _ in typed if t != person and set(t.split()) & set(person.split())]  # no "Energy Khalid"


def test_the_owner_set_off_after_a_title_of_a_body_is_no_person(en_extractor):
    typed = dict(_typed(en_extractor, "The owner of Velm Robotics, Hanul Motors, spoke."))
    assert typed.get("Hanul Motors") == "Organization"


def test_a_dateline_with_its_year_is_parsed_apart(en_extractor):
    ex = _extract(en_extractor, "LYON, France, May 12, 2031 (Velm News) -- Governor Arvo Tamm signed an MOU with "
                                "Hanul Motors on Tuesday.")
    facts = {(r.subject.name, r.predicate, r.object.name) for r in ex.relations if r.object is not None}
    assert ("Arvo Tamm", "signedAgreementWith", "Hanul Motors") in facts
    assert not [f for f in facts if "LYON" in (f[0], f[2])]


def _values(en_extractor, text):
    ex = _extract(en_extractor, text)
    return {(r.subject.name, r.predicate, r.value) for r in ex.relations if r.object is None}


@pytest.mark.parametrize(
    "text, values",
    [
        ("The Velm Bridge has a length of 220 meters.", {("Velm Bridge", "lengthMetres", "220")}),
        ("The Velm Bridge spans 220 meters.", {("Velm Bridge", "lengthMetres", "220")}),
        # A distance gone or away is no size.
        ("Velm Island is located 2300 miles off the coast of Garrow.", set()),
        ("The Velm Express travelled 700 kilometers to Garrow.", set()),
    ],
)
def test_a_length_is_a_size_not_a_distance(en_extractor, text, values):
    assert _values(en_extractor, text) == values


def test_a_time_zone_is_no_name(en_extractor):
    got = _typed(en_extractor, "The flight started at 8:17 a.m. local time (0617 UTC) in Garrow.")
    assert "UTC" not in {n for n, _ in got}


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("A gunman shot shoppers at a Velm Robotics store in Garrow.", ("Velm Robotics", "locatedIn", "Garrow")),
        ("A gunman shot shoppers at a Velmart store in Garrow.", ("Velmart", "locatedIn", "Garrow")),
    ],
)
def test_a_name_on_a_branch_is_not_located_where_the_branch_is(en_extractor, text, wrong):
    assert wrong not in _relations(en_extractor, text)


def test_a_movement_named_before_its_place_is_there(en_extractor):
    assert ("Ostra", "locatedIn", "Lyon") in _relations(en_extractor, "The attack was claimed by the Ostra movement in Lyon.")


@pytest.mark.parametrize(
    "text, visits",
    [
        ("Arvo Tamm's visit to Lyon ended on Monday.", {("Arvo Tamm", "visited", "Lyon")}),
        ("A visit by Arvo Tamm to Lyon drew crowds.", {("Arvo Tamm", "visited", "Lyon")}),
        ("Arvo Tamm made a trip to Lyon last year.", {("Arvo Tamm", "visited", "Lyon")}),
        # Called off, or still to come: no visit.
        ("Arvo Tamm cancelled his visit to Lyon.", set()),
        ("Arvo Tamm's planned visit to Lyon was called off.", set()),
        ("Arvo Tamm's visit to Lyon was cancelled.", set()),
        ("Arvo Tamm's next trip to Lyon is in May.", set()),
    ],
)
def test_a_visit_written_as_a_noun_is_its_owner_s_if_it_happened(en_extractor, text, visits):
    assert {r for r in _relations(en_extractor, text) if r[1] == "visited"} == visits


@pytest.mark.parametrize(
    "text", ["Arvo Tamm will hold talks with Ivo Renn.", "Arvo Tamm postponed the meeting with Ivo Renn."]
)
def test_talks_still_to_come_are_no_meeting(en_extractor, text):
    assert not _relations(en_extractor, text)


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("Arvo Tamm was elected mayor of Lyon in 2019.", ("Arvo Tamm", "Lyon", "mayor")),
        ("Arvo Tamm is the deputy mayor of the city of Lyon.", ("Arvo Tamm", "Lyon", "deputy mayor")),
        ("Arvo Tamm was sworn in as governor of Velm Province on Monday.", ("Arvo Tamm", "Velm Province", "governor")),
        ("Lyon's mayor, Arvo Tamm, opened the Velm Tower.", ("Arvo Tamm", "Lyon", "mayor")),
        ("Arvo Tamm, chief executive of Velm Robotics, spoke.", ("Arvo Tamm", "Velm Robotics", "chief executive")),
    ],
)
def test_offices_stated_of_a_name(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arvo Tamm was mayor of Lyon.",  # held once
        "Arvo Tamm is not the mayor of Lyon.",
        "Arvo Tamm is a former mayor of Lyon.",
        "Arvo Tamm will be appointed governor of Garrow.",
        "Lyon's former mayor, Arvo Tamm, spoke.",
    ],
)
def test_offices_not_held_now_are_not_stated(en_extractor, sentence):
    assert not _offices(en_extractor, sentence)


def test_a_possessive_office_of_a_name_s_tail_is_not_the_tail_s(en_extractor):
    text = "\"He was brilliant,\" said University of Garrow, Lyon's chancellor, Arvo Tamm."
    assert not any(body == "Lyon" for _, body, _ in _offices(en_extractor, text))


def test_a_name_that_opens_a_clause_is_not_in_apposition(en_extractor):
    assert not _offices(en_extractor, "According to the president of Velm Robotics, Arvo Tamm is a liar.")


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Militants of the Ostric State seized the town.", "Ostric State", "Organization"),  # a creed's state
        ("Floods hit Kavuna State on Sunday.", "Kavuna State", "Place"),
    ],
)
def test_a_state_named_by_a_creed_is_a_movement(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("The mayor spoke at a reception hosted by the Korean Embassy in Lyon.", "Korean Embassy", "Organization"),
        ("Engineers unveiled a delivery robot called Stellor at the fair.", "Stellor", "Product"),
        ("Mira Kestrel, a delivery drone built in Lyon, was shown on Monday.", "Mira Kestrel", "Product"),
        ("The city plans to invest 50 billion won in a logistics centre.", "50 billion", "Quantity"),
    ],
)
def test_embassies_named_products_and_amounts(en_extractor, text, name, typ):
    ex = _extract(en_extractor, text)
    assert (name, typ) in {(m.text, m.type) for m in ex.mentions}


def test_a_body_s_headquarters_is_where_the_body_is(en_extractor):
    facts = _relations(en_extractor, "The minister visited the Hanbit Aerospace headquarters in Sacheon.")
    assert ("Hanbit Aerospace", "locatedIn", "Sacheon") in facts


def test_an_unknown_name_that_visits_is_a_person_not_a_place(en_extractor):
    typed = _typed(en_extractor, "Prabowo later visited the Hanbit Aerospace headquarters in Sacheon.")
    assert ("Prabowo", "Person") in typed


@pytest.mark.parametrize(
    "text, fact",
    [
        # A participle on a common noun in apposition is about the name.
        ("The mayor unveiled Pellan, a delivery robot designed by the Vision Lab of Garrow University.",
         ("Pellan", "designedBy", "Vision Lab of Garrow University")),
        ("The group toured the Harbor Data Centre in Lyon, a research institute established by Velm Robotics in 2016.",
         ("Harbor Data Centre", "establishedBy", "Velm Robotics")),
        ("She opened Torvik Hall, a concert venue that was built by Arden Construction Group.",
         ("Torvik Hall", "establishedBy", "Arden Construction Group")),
    ],
)
def test_a_clause_on_an_apposed_noun_is_about_the_name(en_extractor, text, fact):
    assert fact in _relations(en_extractor, text)


def test_a_relative_clause_after_one_name_of_a_list_is_that_name_s(en_extractor):
    rels = _relations(en_extractor, "The panel was lawyer Arvo Tamm, who represented Lyon; writer Ivo Renn, who founded "
                                    "the Velm Liberty Party; and banker Ola Sand.")
    founders = {o for _, p, o in rels if p == "establishedBy"}
    assert ("Velm Liberty Party", "establishedBy", "Ivo Renn") in rels
    assert founders == {"Ivo Renn"}


@pytest.mark.parametrize(
    "text, visit",
    [
        ("Prime Minister Arvo Tamm met investors during a three-day visit to Portugal.", ("Arvo Tamm", "Portugal")),
        ("On her trip to Japan, Governor Mara Quinn toured a fuel cell plant.", ("Mara Quinn", "Japan")),
        # A group led by someone goes where its leader goes.
        ("A delegation led by Deputy Minister Ivo Renn visited the Harbor Energy Campus on Tuesday.",
         ("Ivo Renn", "Harbor Energy Campus")),
    ],
)
def test_a_visit_in_a_time_phrase_or_by_a_led_group_is_the_subject_s(en_extractor, text, visit):
    assert (visit[0], "visited", visit[1]) in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Arvo Tamm will meet investors during a visit to Portugal.",
        "Arvo Tamm did not meet investors during his visit to Portugal.",
        "A fire broke out during a planned visit to Portugal.",
    ],
)
def test_a_time_phrase_visit_that_did_not_happen_is_none(en_extractor, text):
    assert not any(p == "visited" for _, p, _ in _relations(en_extractor, text))


def test_the_office_noun_stands_for_the_person_named_with_that_office(en_extractor):
    text = ("Science minister Mara Quinn opened the fair in Lyon. Professor Ivo Renn showed a robot. "
            "The minister later visited the Harbor Energy Campus, where she met chief executive Ola Sand.")
    rels = _relations(en_extractor, text)
    assert ("Mara Quinn", "visited", "Harbor Energy Campus") in rels
    assert ("Mara Quinn", "metWith", "Ola Sand") in rels
    assert ("Ivo Renn", "metWith", "Ola Sand") not in rels


def test_the_prime_minister_is_not_the_minister_named_last(en_extractor):
    text = ("Prime Minister Arvo Tamm arrived in Lyon on Monday with economy minister Ivo Renn. "
            "The prime minister toured the Harbor Energy Campus.")
    rels = _relations(en_extractor, text)
    assert ("Arvo Tamm", "visited", "Harbor Energy Campus") in rels
    assert ("Ivo Renn", "visited", "Harbor Energy Campus") not in rels


@pytest.mark.parametrize(
    "text, located",
    [
        ("She grew up in Kenosha, Wisconsin, before moving east.", {("Kenosha", "Wisconsin")}),
        ("The delegation flew to Debrecen, Hungary, on Monday.", {("Debrecen", "Hungary")}),
        ("Storms hit Bavaria, Germany, overnight.", {("Bavaria", "Germany")}),
        ("The firm moved to Montreal, Quebec, Canada, in 2010.", {("Montreal", "Quebec"), ("Quebec", "Canada")}),
        # Lists of countries, of states or of cities are no addresses.
        ("Ministers from France, Spain and Italy met.", set()),
        ("He campaigned in Texas, Ohio and Florida.", set()),
        ("Floods hit Lyon, Toulouse and Nantes.", set()),
    ],
)
def test_a_town_written_before_its_region_lies_in_it(en_extractor, text, located):
    ex = _extract(en_extractor, text)
    got = {(r.subject.name, r.object.name) for r in ex.relations if r.predicate == "locatedIn"}
    assert got == located


@pytest.mark.parametrize(
    "text, junk",
    [
        ('"Chips and robots are two halves of the same industry," Arvo Tamm said.',
         "Chips and robots are two halves of the same industry"),
        ("'Ports need more data centers' was the title of his speech.", "Ports need more data centers"),
    ],
)
def test_a_quoted_clause_ending_in_a_head_noun_is_no_name(en_extractor, text, junk):
    assert junk not in {n for n, _ in _typed(en_extractor, text)}


def test_a_future_office_is_not_held(en_extractor):
    assert not _offices(en_extractor, "The party once nominated future president Arvo Tamm for governor.")


def test_letters_an_editor_restored_in_brackets_are_part_of_the_name(en_extractor):
    ex = _extract(en_extractor, 'The mayor said: "We took a flight to Rotterda[m] that night." '
                                'Officials in Rotterdam confirmed it.')
    assert {m.name for m in ex.mentions if m.type == "Place"} == {"Rotterdam"}


@pytest.mark.parametrize(
    "text, person, office",
    [
        # A portfolio of several words: the NER reads it and the name as one organisation.
        ("Ruritania's Minister of Economy, Trade and Industry Arvo Tamm visited Lyon.", "Arvo Tamm",
         "Minister of Economy, Trade and Industry"),
        ("Minister of Science and Technology Ivo Renn visited Lyon.", "Ivo Renn", "Minister of Science and Technology"),
    ],
)
def test_a_minister_of_a_listed_portfolio_is_the_name_after_it(en_extractor, text, person, office):
    assert (person, "Person") in _typed(en_extractor, text)
    assert any(p == person and v == office for p, _, v in _offices(en_extractor, text))
    assert (person, "visited", "Lyon") in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Engineers unveiled Sora, a liquefied hydrogen carrier designed by Ivo Marine.", "Sora", "Product"),
        ("Travellers flew with Skyline, the national carrier of Ruritania.", "Skyline", "Organization"),
    ],
)
def test_a_carrier_of_cargo_is_a_ship_and_a_national_carrier_an_airline(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The deal was signed by Danube Power and Sakura Gas on Monday.", "Danube Power"),
        ("The deal was signed by Danube Power and Sakura Gas on Monday.", "Sakura Gas"),
        ("Van Leeuwen Shipping and Rijn Digital will build the terminal.", "Van Leeuwen Shipping"),
        ("Officials said Marlow Logistics had hired 300 drivers.", "Marlow Logistics"),
        # A trade clipped as firms clip it, over the NER's reading of the context
        # (a place one works at, a person who speaks).
        ("Workers at Daewon Semicon went on strike.", "Daewon Semicon"),
        ("Analysts at Seorin Elec expect a rebound.", "Seorin Elec"),
        ("Korlan Pharm said on Monday it had raised prices.", "Korlan Pharm"),
        ("A deal with Mirae Tech fell through.", "Mirae Tech"),
    ],
)
def test_a_name_ending_in_an_industry_is_a_firm(en_extractor, text, name):
    assert dict(_typed(en_extractor, text)).get(name) == "Organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ambassador Tara Power visited the museum on Monday.", "Tara Power"),
        ("Dr. Minjun Park met the mayor.", "Minjun Park"),
        ("Tara Power said the talks went well.", "Tara Power"),
    ],
)
def test_a_titled_name_ending_in_a_head_noun_is_a_person(en_extractor, text, name):
    assert dict(_typed(en_extractor, text)).get(name) == "Person"


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Officials from the Port of Halvik Authority met the delegation.", "Port of Halvik Authority", "Organization"),
        ("Ships wait outside the Port of Halvik.", "Port of Halvik", "Facility"),
        ("The minister unveiled the National Semiconductor Strategy 2030 on Tuesday.",
         "National Semiconductor Strategy 2030", "Plan"),
    ],
)
def test_a_body_s_own_head_and_a_plan_s_year(en_extractor, text, name, typ):
    assert dict(_typed(en_extractor, text)).get(name) == typ


def test_a_plan_named_with_its_year_is_unveiled(en_extractor):
    text = ("Trade Minister Rhys Calder arrived in Perth. "
            "The minister unveiled the National Semiconductor Strategy 2030 on Tuesday.")
    assert ("Rhys Calder", "unveiled", "National Semiconductor Strategy 2030") in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, office",
    [
        ("Vietnamese Deputy Transport Minister Nguyen Van Toan visited the port.",
         ("Nguyen Van Toan", "Vietnam", "Deputy Transport Minister")),
        ("Japanese Vice Foreign Minister Kenji Arata met the envoy.",
         ("Kenji Arata", "Japan", "Vice Foreign Minister")),
        ("US Vice-President Carla Dunmore spoke at the event.", ("Carla Dunmore", "US", "Vice-President")),
    ],
)
def test_a_rank_before_a_portfolio_and_a_hyphenated_title_stay_in_the_office(en_extractor, text, office):
    assert office in _offices(en_extractor, text)


def test_a_former_hyphenated_office_is_not_held(en_extractor):
    assert not _offices(en_extractor, "Former US Vice-President Carla Dunmore spoke at the event.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Governor Ama Boateng toured the Tema Shipyard on Friday.", "Tema Shipyard"),
        ("Governor Ama Boateng toured the Obuasi Gold Refinery on Friday.", "Obuasi Gold Refinery"),
        ("Governor Ama Boateng toured the Kansanshi Copper Smelter on Friday.", "Kansanshi Copper Smelter"),
    ],
)
def test_a_yard_or_a_refinery_is_a_facility_one_visits(en_extractor, text, name):
    assert dict(_typed(en_extractor, text)).get(name) == "Facility"
    assert ("Ama Boateng", "visited", name) in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, office",
    [
        ("Qatari Energy Minister Salem Al-Rashid toured the port.", ("Salem Al-Rashid", "Qatar", "Energy Minister")),
        ("Mining Minister Grace Mwale toured the site.", ("Grace Mwale", None, "Mining Minister")),
    ],
)
def test_a_nationality_and_a_portfolio_before_a_title_are_the_office_s(en_extractor, text, office):
    assert office in _offices(en_extractor, text)
    assert "Qatari Energy" not in dict(_typed(en_extractor, text))


def test_a_dateline_with_the_wire_spelling_of_september(en_extractor):
    got = _typed(en_extractor, "DARWIN, Sept. 9 -- The premier left for Jakarta.")
    assert ("DARWIN", "Place") in got


def test_a_form_of_address_is_no_part_of_an_office(en_extractor):
    got = _offices(en_extractor, "Director Dr. Ingrid Solberg opened the meeting.")
    assert ("Ingrid Solberg", None, "Director") in got
    assert not any("Dr" in (v or "") for _, _, v in got)


@pytest.mark.parametrize(
    "text",
    ["A coup removed then-prime-minister Arun Wongsa in 2006.", "Ex-Governor Ama Boateng spoke at the rally."],
)
def test_a_hyphenated_past_office_is_not_held(en_extractor, text):
    assert not _offices(en_extractor, text)


def test_a_trade_before_and_inside_a_body_s_name_does_not_split_it(en_extractor):
    got = dict(_typed(en_extractor, "The Halvik Securities and Exchange Commission fined two brokers."))
    assert got.get("Halvik Securities and Exchange Commission") == "Organization"


@pytest.mark.parametrize(
    "text, name",
    [
        # The CoNLL NER reads an unfamiliar two-word name as a person's by its shape.
        ("Chemical Leak Forces Hundreds From Homes In Kelso Marsh\n\nA chemical leak forced hundreds of people "
         "from their homes in Kelso Marsh on Monday. Firefighters in Kelso Marsh said the air was safe.",
         "Kelso Marsh"),
        ("Port Halverick Hit By Storm As Ferries Halt Service\n\nHeavy rain flooded Port Halverick on Monday. "
         "Residents of Port Halverick were told to stay indoors.", "Port Halverick"),
    ],
)
def test_a_town_in_a_headline_and_the_body_is_a_place(en_extractor, text, name):
    found = [(m.start, m.type) for m in _extract(en_extractor, text).mentions if m.text == name]
    assert {typ for _, typ in found} == {"Place"}
    assert min(start for start, _ in found) < text.index("\n")  # the headline's mention is one of them


def test_a_firm_s_short_form_after_its_full_name_is_the_firm(en_extractor):
    ex = _extract(en_extractor, "Tarnwick Petrochemical Co. said on Monday it would close a plant. "
                                "Tarnwick also cut its outlook for the year.")
    assert {m.type for m in ex.mentions if m.text == "Tarnwick"} == {"Organization"}
    assert ("Tarnwick", "Tarnwick Petrochemical Co") in {(a.text, b.name) for a, b in ex.aliases}


def test_a_short_form_shared_by_two_firms_stands_for_neither(en_extractor):
    ex = _extract(en_extractor, "Tarnwick Petrochemical Co. and Tarnwick Shipping Ltd. merged on Monday. "
                                "Tarnwick said the deal would close in May.")
    assert not any(a.text == "Tarnwick" for a, _ in ex.aliases)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The LNG carrier Orient Harbour Star ran aground off the coast on Sunday.", "Orient Harbour Star"),
        ("The tanker Velmora Pride was refloated on Monday.", "Velmora Pride"),
        ("Salvage crews reached the Velmora Pride, a crude oil tanker, on Monday.", "Velmora Pride"),
    ],
)
def test_a_ship_named_after_its_kind_is_a_product(en_extractor, text, name):
    got = _typed(en_extractor, text)
    assert dict(got).get(name) == "Product"
    assert "LNG" not in dict(got)  # the cargo is no name


def test_the_national_carrier_is_still_an_airline(en_extractor):
    assert dict(_typed(en_extractor, "The national carrier Veltra Air cut ten routes.")).get("Veltra Air") != "Product"


@pytest.mark.parametrize(
    "text",
    [
        "The Unity League was founded in 2009 by Lena Odabashian, Newsweek reported.",
        "Odabashian, a former Reuters editor, founded the Unity League in 2009.",
        # A surname the tagger takes for a plural common noun.
        'Tollers, a former Reuters manager and owner of the website "Lena\'s Notes", founded the Unity League.',
    ],
)
def test_a_news_outlet_is_no_founder(en_extractor, text):
    founders = {o for s, p, o in _relations(en_extractor, text) if p == "establishedBy"}
    assert not founders & {"Newsweek", "Reuters"}


def test_founders_listed_before_the_source_are_kept(en_extractor):
    text = "The Unity League was founded in 2009 by Lena Odabashian and Marek Holloway, Newsweek reported."
    founders = {o for s, p, o in _relations(en_extractor, text) if p == "establishedBy"}
    assert founders == {"Lena Odabashian", "Marek Holloway"}


@pytest.mark.parametrize("text", ["LNG prices rose sharply in Asia on Monday.", "Oil prices fell and LNG imports slowed."])
def test_a_cargo_in_capitals_is_no_name(en_extractor, text):
    assert "LNG" not in dict(_typed(en_extractor, text))


def test_a_common_word_capitalised_at_a_sentence_start_is_no_name(en_extractor):
    text = ("Firefighters were called to a warehouse in Kelso on Monday. Authorities said the fire began "
            "in the roof. Local authorities closed the road.")
    assert "Authorities" not in dict(_typed(en_extractor, text))


def test_a_surname_that_is_a_common_word_stays_a_name(en_extractor):
    text = "Mayor Minjun Park opened the new riverside park on Monday. Park said the park would be free."
    assert [(t, typ) for t, typ in _typed(en_extractor, text) if t == "Park"] == [("Park", "Person")]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Odabashian wrote on Vidzy that the vote was rigged. Vidzy later removed the message.",
        "The slogan trended on Vidzy for two days. Vidzy said it would review the posts.",
        "A message sent from Odabashian's Vidzy account repeated the claim. Vidzy placed a warning on it.",
    ],
)
def test_a_platform_one_writes_on_or_has_an_account_with_is_an_organisation(en_extractor, text):
    assert {typ for t, typ in _typed(en_extractor, text) if t == "Vidzy"} == {"Organization"}


def test_a_person_s_followers_leave_the_person_a_person(en_extractor):
    text = "Supporters of Lena Odabashian gathered outside. Lena Odabashian followers chanted her name."
    assert {typ for t, typ in _typed(en_extractor, text) if t == "Lena Odabashian"} == {"Person"}


def test_the_town_a_mayor_is_of_is_a_place(en_extractor):
    got = _typed(en_extractor, "Lena Odabashian, the former mayor of Brackford, gave them a copy.")
    assert ("Brackford", "Place") in got and ("Lena Odabashian", "Person") in got


def test_a_person_named_right_after_a_governor_s_state_stays_a_person(en_extractor):
    got = _typed(en_extractor, "In 2008, then-governor of Ohio Lena Odabashian was chosen as his running mate.")
    assert ("Lena Odabashian", "Person") in got


@pytest.mark.parametrize("name", ["Harbour House Task Force", "Blue House Flood Task Force"])
def test_a_task_force_is_one_organisation(en_extractor, name):
    got = _typed(en_extractor, f"He hinted that the {name} would be disbanded.")
    assert got == [(name, "Organization")]


def test_the_place_a_direction_is_of_is_a_place(en_extractor):
    assert ("Kelso Marsh", "Place") in _typed(en_extractor, "Flooding hit the north of Kelso Marsh on Monday.")


def test_a_city_does_not_lie_in_the_district_after_a_region_of_it(en_extractor):
    # The district lies in the region of the city, not the city in the district.
    text = "His phone was last active in the north-east region of Daegu in Suseong-gu, police said."
    assert not any(p == "locatedIn" for _, p, _ in _relations(en_extractor, text))


def test_a_word_named_inside_a_sentence_stays_a_name_at_the_start_of_one(en_extractor):
    text = "Police in Brisk arrested a man on Friday. Brisk prosecutors said he fled after a brisk walk."
    assert [t for t, _ in _typed(en_extractor, text) if t == "Brisk"] == ["Brisk", "Brisk"]


@pytest.mark.parametrize(
    "text, person",
    [
        # "Jun" of "Jun-seo" is no month abbreviation.
        ("The delegation met with Yeosu Mayor Park Jun-seo at the port.", "Park Jun-seo"),
        # The NER stops at the hyphen ("Lee Min-"), or names the family name alone ("Kim").
        ("Lee Min-jun met reporters in Daejeon.", "Lee Min-jun"),
        ("The vote is due on Jun 5, and Kim Min-jun spoke.", "Kim Min-jun"),
        # One NER calls the name MISC, the other a person: a person.
        ("Lee Min-jun met Park Seo-yeon in Daejeon.", "Park Seo-yeon"),
    ],
)
def test_a_romanised_korean_name_with_a_hyphenated_given_name_is_whole(en_extractor, text, person):
    assert (person, "Person") in _typed(en_extractor, text)


def test_a_weapon_named_in_apposition_is_a_product(en_extractor):
    text = "Harwick Arms unveiled Kestrel, a tracked howitzer designed by Harwick Arms and Dunmore Labs."
    assert ("Kestrel", "Product") in _typed(en_extractor, text)
    assert ("Kestrel", "designedBy", "Dunmore Labs") in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, fact",
    [
        # "the city" alone may stand for the dateline's city; "the city of X" is X.
        ("WARSAW, May 2 (Kg Wire) -- Ministers toured the Harbor Steelworks, which is located in the city of Gdynia.",
         ("Harbor Steelworks", "locatedIn", "Gdynia")),
        ("WARSAW, May 2 (Kg Wire) -- The Kielce Defence Expo is hosted by the city of Kielce every year.",
         ("Kielce", "hosts", "Kielce Defence Expo")),
    ],
)
def test_the_city_of_a_name_is_that_city_not_the_dateline(en_extractor, text, fact):
    rels = _relations(en_extractor, text)
    assert fact in rels
    assert not [r for r in rels if r[0] == "WARSAW" or r[2] == "WARSAW"]


def test_a_form_of_address_before_a_surname_that_is_a_head_noun_makes_a_person(en_extractor):
    text = ("Trade Minister Park Ji-hwan arrived in Warsaw. Mr Park and Ms Hall later toured the Kielce shipyard. "
            "Dr. Power said so.")
    ex = _extract(en_extractor, text)
    typed = [(m.text, m.type) for m in ex.mentions]
    assert {("Park", "Person"), ("Hall", "Person"), ("Power", "Person")} <= set(typed)
    # (the yard named after its town is the one facility)
    assert [t for t, typ in typed if typ == "Facility"] == ["Kielce shipyard"]
    assert ("Park", "Park Ji-hwan") in {(a.text, b.name) for a, b in ex.aliases}


@pytest.mark.parametrize(
    "sentence, office",
    [
        ("The minister met Tomasz Wierzbicki, director of armaments at Poland's Ministry of National Defence, on Monday.",
         ("Tomasz Wierzbicki", "Ministry of National Defence", "director of armaments")),
        ("Piotr Zak, secretary of state at the Ministry of Finance, said no.",
         ("Piotr Zak", "Ministry of Finance", "secretary of state")),
        ("He met Ewa Lis, the director at Gdansk Shipyard Company.", ("Ewa Lis", "Gdansk Shipyard Company", "director")),
    ],
)
def test_an_office_at_a_body_in_apposition(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


def test_an_office_at_a_time_or_a_place_names_no_body(en_extractor):
    got = _offices(en_extractor, "Olga Berg, president at the time, resigned. Ewa Lis, director at Gdansk, spoke.")
    assert not [o for o in got if o[1] is not None]


@pytest.mark.parametrize(
    "text, product, fact",
    [
        # The NER calls the quoted name a place; the writer's noun says what it is.
        ("A new howitzer named 'Krab-2' was unveiled by Huta Ordnance on Monday.", "Krab-2",
         ("Huta Ordnance", "unveiled", "Krab-2")),
        ("Arakawa showed the visitors the 'Sora EV', a compact car designed by Italian studio Vettore Design.", "Sora EV",
         ("Sora EV", "designedBy", "Vettore Design")),
    ],
)
def test_a_quoted_name_is_typed_by_the_noun_that_names_it(en_extractor, text, product, fact):
    assert (product, "Product") in _typed(en_extractor, text)
    assert fact in _relations(en_extractor, text)


def test_title_case_lines_before_a_press_release_headline_are_read_like_it(en_extractor):
    text = ("Ministry of Harbour Affairs\nPress Release, 14 May 2031\n\n"
            "Vice Minister Mara Quinn Leads Robotics Mission to the Netherlands\n\n"
            "Vice Minister Mara Quinn led a delegation to Eindhoven on Monday. "
            "The Netherlands is a close partner, Quinn said.")
    typed = _typed(en_extractor, text)
    assert not any("Leads" in t for t, _ in typed)  # no name runs over the headline's verb
    headline = text.index("Vice Minister Mara Quinn Leads")
    ex = _extract(en_extractor, text)
    in_headline = {(m.text, m.type) for m in ex.mentions if headline <= m.start < text.index("\n", headline)}
    assert in_headline == {("Mara Quinn", "Person"), ("Netherlands", "Place")}


@pytest.mark.parametrize(
    "sentence, office",
    [
        # The NER reads a listed portfolio as an organisation and loses the name after it.
        ("Vice Minister of Trade, Industry and Energy Choi Seung-ah led the delegation.",
         ("Choi Seung-ah", None, "Vice Minister of Trade, Industry and Energy")),
        ("Minister of Oceans and Fisheries Kang Min-jae arrived.", ("Kang Min-jae", None, "Minister of Oceans and Fisheries")),
    ],
)
def test_a_name_after_a_listed_portfolio_is_found(en_extractor, sentence, office):
    assert office in _offices(en_extractor, sentence)


@pytest.mark.parametrize(
    "fixture, fact",
    [
        # A wire story: a dateline city, a delegation, "Mr" and a surname that is a head noun.
        ("wire_defence_mission", ("Park Ji-hwan", "visited", "Sanbrook Steelworks")),
        ("wire_defence_mission", ("Park Ji-hwan", "metWith", "Tomasz Wierzbicki")),
        ("wire_defence_mission", ("Tomasz Wierzbicki", "holdsOffice", "Ministry of National Defence")),
        ("wire_defence_mission", ("Sanbrook Steelworks", "establishedBy", "Anna Kowal")),
        ("wire_defence_mission", ("Sanbrook Steelworks", "locatedIn", "Stalowa Wola")),
        ("wire_defence_mission", ("Wolin Ordnance", "unveiled", "Pelikan-3")),
        ("wire_defence_mission", ("Dongsan Heavy Industries", "announced", "Vistula Production Plan")),
        ("wire_defence_mission", ("Kielce", "hosts", "Kielce Defence Expo")),
        # A press release: Title Case lines above the headline, a listed portfolio.
        ("release_chip_mission", ("Choi Seung-ah", "holdsOffice", "Vice Minister of Trade, Industry and Energy")),
        ("release_chip_mission", ("Choi Seung-ah", "visited", "Kestrel Lithography")),
        ("release_chip_mission", ("Dommel Photonics Center", "establishedBy", "Eindhoven Institute of Optics")),
        ("release_chip_mission", ("Lumora Systems", "unveiled", "Helix 9")),
        # A feature with quotes and short forms.
        ("feature_trade_mission", ("Gareth Harwick", "holdsOffice", "Welsh Government")),
        ("feature_trade_mission", ("Gareth Harwick", "metWith", "Kenji Arakawa")),
        ("feature_trade_mission", ("Kenji Arakawa", "holdsOffice", "Tobiyama Motors")),
        ("feature_trade_mission", ("Sora EV", "designedBy", "Vettore Design")),
        ("feature_trade_mission", ("Chubu Hydrogen Research Institute", "establishedBy", "Aichi Prefectural Government")),
    ],
)
def test_key_facts_of_news_reports_in_three_styles(en_extractor, fixture, fact):
    ex = en_extractor.extract(read_fixture_article(f"en/{fixture}.txt"))
    assert fact in rel_set(ex)


def test_news_reports_in_three_styles_make_no_dateline_facts(en_extractor):
    ex = en_extractor.extract(read_fixture_article("en/wire_defence_mission.txt"))
    assert not [r for r in ex.relations if r.object is not None and r.object.name == "SEOUL"]
    assert {m.type for m in ex.mentions if m.name in ("Park", "Mr Park")} == {"Person"}


def test_a_portfolio_that_is_no_list_leaves_the_name_to_the_ner(en_extractor):
    typed = _typed(en_extractor, "Director of National Intelligence Tom Reed said the report was false.")
    assert [t for t, typ in typed if typ == "Person"] == ["Tom Reed"]


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # Industry words end firms' names.
        ("Engineers toured Dangsan, where Haerim Daesan Materials is building a cathode plant.",
         "Haerim Daesan Materials", "Organization"),
        # No one's name ends in a country; a firm's local arm's does.
        ("Tanjung Nickel Korea unveiled a precursor plant on Friday.", "Tanjung Nickel Korea", "Organization"),
        # "Korea" alone is a country, as "South Korea" is.
        ('"Indonesia and Korea complete each other," the minister said.', "Korea", "Place"),
    ],
)
def test_firms_of_industry_and_countries_without_their_direction(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


def test_two_firms_with_industry_heads_founded_something_together(en_extractor):
    text = "The plant was founded in 2023 by Sinar Bay Mining and Pohang Cathode Materials."
    got = _typed(en_extractor, text)
    assert ("Sinar Bay Mining", "Organization") in got and ("Pohang Cathode Materials", "Organization") in got


def test_a_title_left_as_the_conjunct_of_met_stands_for_the_name_after_it(en_extractor):
    # The parser hangs the second name on the first and keeps only the title as the conjunct.
    text = "Vice Minister Seo and Dutch State Secretary for Economic Affairs Joris van Velde met at the Velm Campus on Monday."
    assert ("Seo", "metWith", "Joris van Velde") in _relations(en_extractor, text)
    assert ("Joris van Velde", None, "State Secretary for Economic Affairs") in _offices(en_extractor, text)


@pytest.mark.parametrize(
    "text, visits",
    [
        ("Vice Minister Mara Quinn led a delegation to Eindhoven on Monday. "
         "The delegation visited the Harbor Energy Campus on Tuesday.",
         {("Mara Quinn", "Eindhoven"), ("Mara Quinn", "Harbor Energy Campus")}),
        ("A delegation headed by Mayor Ivo Renn landed on Monday. On Friday the delegation toured Velm Robotics.",
         {("Ivo Renn", "Velm Robotics")}),
        ("Governor Ola Sand's delegation landed on Monday. The Welsh delegation visited the Velm Robotics plant.",
         {("Ola Sand", "Velm Robotics plant")}),  # the plant the firm's name is on
        # A planned lead is no visit, and two leaders leave "the delegation" nobody's.
        ("Mara Quinn will lead a delegation to Eindhoven.", set()),
        ("Ivo Renn led a delegation to Porto. Ola Sand led a delegation to Lyon. The delegation visited Velm Robotics.",
         {("Ivo Renn", "Porto"), ("Ola Sand", "Lyon")}),
    ],
)
def test_the_delegation_goes_where_its_named_leader_goes(en_extractor, text, visits):
    assert {(s, o) for s, p, o in _relations(en_extractor, text) if p == "visited"} == visits


@pytest.mark.parametrize(
    "text, office",
    [
        ("The minister toured Velm Robotics, where she was welcomed by its director, Aiko Tanabe.",
         {("Aiko Tanabe", "Velm Robotics", "director")}),
        # "its" points back to no person.
        ("Ivo Renn met Ola Sand and its director, Aiko Tanabe.", set()),
    ],
)
def test_its_office_is_of_the_body_named_just_before(en_extractor, text, office):
    assert {o for o in _offices(en_extractor, text) if o[0] == "Aiko Tanabe"} == office


def test_what_one_tours_is_a_place_not_a_person(en_extractor):
    # The CoNLL NER reads an unfamiliar town as a person by its shape; one tours places.
    assert ("Haeryong", "Place") in _typed(en_extractor, "The ministers toured Haeryong on Friday.")


@pytest.mark.parametrize(
    "text, facts",
    [
        # The parser hangs "founded" on the goods; goods are made, not founded.
        ("Dorvane Drilling, a maker of mining equipment founded by Pavel Ostrik in 1998, opened a plant.",
         {("Dorvane Drilling", "establishedBy", "Pavel Ostrik"), ("Dorvane Drilling", "establishedDate", "1998")}),
        ("The minister visited Kestrel Lithography, a supplier of photomask tools established by Joost Maas.",
         {("Kestrel Lithography", "establishedBy", "Joost Maas")}),
        # The predicate noun of "is" describes the subject, and types it.
        ("Kestrel Lithography is a company founded by Joost Maas.", {("Kestrel Lithography", "establishedBy", "Joost Maas")}),
        # The parser may hang the year on the founder.
        ("Harwick met Kenji Arakawa of Tobiyama Motors. The company, which was founded by Arakawa's grandfather "
         "in 1952, makes engines.", {("Tobiyama Motors", "establishedDate", "1952")}),
    ],
)
def test_what_a_maker_or_a_company_in_apposition_was_founded_by(en_extractor, text, facts):
    assert facts <= rel_set(_extract(en_extractor, text))


def test_goods_designed_by_someone_are_not_their_maker_s_design(en_extractor):
    rels = _relations(en_extractor, "Orvane Tools, a maker of robots designed by Hana Lee, hired 30 engineers.")
    assert not [r for r in rels if r[0] == "Orvane Tools" and r[1] in ("designedBy", "establishedBy")]


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # The OntoNotes NER calls a name and a number a work of art or a law.
        ("Lumora Systems unveiled its new inspection tool, the 'Helix 9', on Monday.", "Helix 9", "Product"),
        ("Dongsan Heavy Industries develops the K-9 drive train with local partners.", "K-9", "Product"),
        # Unknown to the NER, a designation before its kind's noun.
        ("Daerim Rail showed the visitors its new DR-7 tram.", "DR-7", "Product"),
        # A law's part and a plan with its year stay plans.
        ("The airline filed for Chapter 11 protection on Monday.", "Chapter 11", "Plan"),
        ("The two ministers signed the Uzbekistan-Korea Mobility Partnership 2030 on Friday.",
         "Uzbekistan-Korea Mobility Partnership 2030", "Plan"),
    ],
)
def test_a_model_s_name_and_number_is_a_product_and_a_partnership_with_its_year_a_plan(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


def test_a_disease_before_a_vaccine_is_no_model(en_extractor):
    assert "COVID-19" not in dict(_typed(en_extractor, "A COVID-19 vaccine was approved on Monday."))


@pytest.mark.parametrize(
    "text, name",
    [
        # The CoNLL NER reads the town as a person in "to" and "from"; one travels to places.
        ("Dorvane Drilling opened a plant in Andijan. The ministers flew to Andijan on Friday. "
         "Trucks left from Andijan.", "Andijan"),
        ("The ministers flew to Dangsan on Friday.", "Dangsan"),
        # A sentence's capitalised first word is no title before a known city.
        ("When Daegu came to Munich, the hall was full.", "Daegu"),
    ],
)
def test_a_town_one_travels_to_or_that_opens_a_sentence_is_a_place(en_extractor, text, name):
    assert {typ for t, typ in _typed(en_extractor, text) if t == name} == {"Place"}


def test_the_firm_a_local_arm_is_named_after_is_a_firm(en_extractor):
    ex = _extract(en_extractor, "Netflix Japan said Netflix would invest more in Tokyo.")
    assert {m.type for m in ex.mentions if m.text == "Netflix"} == {"Organization"}
    assert not [a for a, b in ex.aliases if a.text == "Netflix"]  # the parent is not its Japanese arm


@pytest.mark.parametrize(
    "text",
    [
        "Voters went to the polls on Super Tuesday.",
        "Campaigns end following Super Tuesday\n\nThe Super Tuesday primaries were the fifth step. "
        "Rivals dropped out before Super Tuesday.",
        'Tomorrow is called "Super Tuesday" in the US.',
    ],
)
def test_a_named_day_is_an_event_not_a_person(en_extractor, text):
    typed = _typed(en_extractor, text)
    assert {typ for t, typ in typed if t == "Super Tuesday"} == {"Event"}
    assert "Super" not in dict(typed)


def test_a_surname_before_a_weekday_is_still_a_person(en_extractor):
    typed = _typed(en_extractor, "Police questioned Ola Smith on Sunday. Smith Monday said the case was closed.")
    assert ("Smith", "Person") in typed and not [t for t, typ in typed if typ == "Event"]


@pytest.mark.parametrize(
    "text, typed",
    [
        # "<name> City" that speaks is the city government; where it is, the city.
        ("Gwangju City said it would host the forum. About 300 firms are based in Gwangju City.",
         [("Gwangju City", "Organization"), ("Gwangju City", "Place")]),
        ("The subsidy rises to 2 billion won, according to Toyota City.", [("Toyota City", "Organization")]),
        # "City" is part of New York City's own name.
        ("New York City said it planned a bond sale.", [("New York City", "Place")]),
    ],
)
def test_a_city_that_speaks_is_its_government(en_extractor, text, typed):
    assert [(t, typ) for t, typ in _typed(en_extractor, text) if "City" in t] == typed


@pytest.mark.parametrize(
    "text, name",
    [("SEOUL, June 11 (Kg Wire) -- The minister left for Tashkent.", "Kg Wire"), ("PARIS (AP) -- The council met.", "AP")],
)
def test_the_name_in_brackets_after_a_dateline_is_the_agency(en_extractor, text, name):
    assert (name, "Organization") in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Hanseol Motors will build a plant in Andijan. The company was founded by Yoon Mi-rae in 1988.",
         ("Hanseol Motors", "establishedBy", "Yoon Mi-rae")),
        ("Lechwerk Robotics was founded by Felix Haas in 2015, and the firm is based in Augsburg.",
         ("Lechwerk Robotics", "locatedIn", "Augsburg")),
        ("Harlow Bank is headquartered in Lyon.", ("Harlow Bank", "locatedIn", "Lyon")),
        ("Nordhaven Batteries will open a factory in Busan. The company's chief executive, Lars Berg, spoke.",
         ("Lars Berg", "holdsOffice", "Nordhaven Batteries")),
        ("Rustam Oripov held a summit with Prime Minister Seo Dong-hyun on Tuesday.",
         ("Rustam Oripov", "metWith", "Seo Dong-hyun")),
    ],
)
def test_the_company_just_named_and_where_it_is_based(en_extractor, text, fact):
    assert fact in rel_set(_extract(en_extractor, text))


def test_the_company_is_the_subject_of_the_sentence_before_not_a_firm_farther_back(en_extractor):
    text = ("Hanseol Motors signed a deal with Daerim Rail in May. Three years earlier, Nara Chem bought Velm Robotics. "
            "The company was founded by Yoon Mi-rae in 1988.")
    founded = {s for s, p, o in rel_set(_extract(en_extractor, text)) if p == "establishedBy"}
    assert founded == {"Nara Chem"}


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Guests stayed at the Isarblick Hotel on Monday.", "Isarblick Hotel", "Facility"),
        ("Oripov also visited Daerim Rail on Friday.", "Daerim Rail", "Organization"),
        ("Dorvane Drilling hired 30 engineers.", "Dorvane Drilling", "Organization"),
        ("Nara Chem bought Velm Robotics in May.", "Nara Chem", "Organization"),
    ],
)
def test_hotels_rail_and_drilling_firms_by_their_head_noun(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "fixture, fact",
    [
        # A wire report of a state visit: a dateline agency, a pact with its year, a maker, "the company".
        ("wire_state_visit", ("Rustam Oripov", "metWith", "Seo Dong-hyun")),
        ("wire_state_visit", ("Rustam Oripov", "holdsOffice", "Uzbekistan")),
        ("wire_state_visit", ("Fergana Chassis Works", "establishedBy", "Dilshod Karimov")),
        ("wire_state_visit", ("Hanseol Motors", "establishedBy", "Yoon Mi-rae")),
        ("wire_state_visit", ("Hanseol Motors", "locatedIn", "Ulsan")),
        ("wire_state_visit", ("Rustam Oripov", "visited", "Daerim Rail")),
        # A feature on a city's roadshow: quotes, a hotel, a robot's designation, "the firm".
        ("feature_city_roadshow", ("Ulrike Brandt", "holdsOffice", "Brandt Antriebstechnik")),
        ("feature_city_roadshow", ("Brandt Antriebstechnik", "establishedDate", "1961")),
        ("feature_city_roadshow", ("LR-5", "designedBy", "Felix Haas")),
        ("feature_city_roadshow", ("Lechwerk Robotics", "establishedBy", "Mira Vogt")),
        ("feature_city_roadshow", ("Lechwerk Robotics", "locatedIn", "Augsburg")),
    ],
)
def test_key_facts_of_a_state_visit_and_a_roadshow(en_extractor, fixture, fact):
    assert fact in rel_set(en_extractor.extract(read_fixture_article(f"en/{fixture}.txt")))


@pytest.mark.parametrize(
    "fixture, name, typ",
    [
        ("wire_state_visit", "Kg Wire", "Organization"),
        ("wire_state_visit", "Uzbekistan-Korea Mobility Partnership 2030", "Plan"),
        ("wire_state_visit", "Andijan", "Place"),
        ("wire_state_visit", "DR-7", "Product"),
        ("wire_state_visit", "Gwangju City", "Organization"),
        ("feature_city_roadshow", "Daegu", "Place"),
        ("feature_city_roadshow", "Isarblick Hotel", "Facility"),
        ("feature_city_roadshow", "Daegu Smart Mobility Plan 2030", "Plan"),
        ("feature_city_roadshow", "LR-5", "Product"),
    ],
)
def test_names_of_a_state_visit_and_a_roadshow(en_extractor, fixture, name, typ):
    ex = en_extractor.extract(read_fixture_article(f"en/{fixture}.txt"))
    assert {m.type for m in ex.mentions if m.name == name} == {typ}


@pytest.mark.parametrize(
    "text, fact",
    [
        ("On Wednesday Oripov flew to Gwangju, where he toured the Gwangju Future Mobility Center.",
         ("Gwangju Future Mobility Center", "locatedIn", "Gwangju")),
        ("After Munich the delegation flew to Stuttgart, where it visited the Neckar Battery Campus.",
         ("Neckar Battery Campus", "locatedIn", "Stuttgart")),
    ],
)
def test_a_building_toured_where_a_place_is_named_lies_in_it(en_extractor, text, fact):
    assert fact in _relations(en_extractor, text)


def test_its_director_is_of_the_body_not_of_the_city_it_is_in(en_extractor):
    text = ("Later the delegation visited the Chubu Hydrogen Research Institute in Nagoya, "
            "where they were welcomed by its director, Yuki Sato.")
    assert {o for o in _offices(en_extractor, text) if o[0] == "Yuki Sato"} == {
        ("Yuki Sato", "Chubu Hydrogen Research Institute", "director")}


def _facts(en_extractor, text):
    """Relations with their literal values: (subject, predicate, object name or value)."""
    ex = _extract(en_extractor, text)
    return {(r.subject.name, r.predicate, r.object.name if r.object is not None else r.value) for r in ex.relations}


@pytest.mark.parametrize(
    "text, fact",
    [
        # A name the NER missed, described by its noun in apposition.
        ("Pellar, an autonomous ferry unveiled by Sondre Marine on Tuesday, will carry 80 passengers.",
         ("Sondre Marine", "unveiled", "Pellar")),
        # The parser makes the apposed noun a second object of the verb.
        ("Visitors met 'Bolt', a delivery robot designed by Orvane Labs, at the entrance.",
         ("Bolt", "designedBy", "Orvane Labs")),
        # "by engineer X": the parser reads the title as a verb.
        ("Sela, a crop-spraying drone designed by engineer Marta Ruiz, flew over the hall.",
         ("Sela", "designedBy", "Marta Ruiz")),
        # A brand and a model's designation are one product's name.
        ("The Tarsk T7, a mining truck developed by Kovac Heavy, drew crowds.", ("Kovac Heavy", "develops", "Tarsk T7")),
        ("Among the exhibits was the Arlo X2, an electric tractor built by Venta Machinery.",
         ("Arlo X2", "establishedBy", "Venta Machinery")),
        # An air taxi is a product; a firm named for its trade is a firm.
        ("The minister rode the Vireo, an air taxi developed by Skylane Mobility and Arken Aero.",
         ("Arken Aero", "develops", "Vireo")),
    ],
)
def test_a_product_in_apposition_is_what_the_participle_says(en_extractor, text, fact):
    assert fact in _facts(en_extractor, text)


@pytest.mark.parametrize(
    "text, works, owner, facts",
    [
        ("The Hyundai Motor plant in Ulsan was built in 1968.", "Hyundai Motor plant", ("Hyundai Motor", "Organization"),
         {("Hyundai Motor plant", "locatedIn", "Ulsan"), ("Hyundai Motor plant", "establishedDate", "1968")}),
        ("The Samsung Electronics chip plant in Pyeongtaek was expanded.", "Samsung Electronics chip plant",
         ("Samsung Electronics", "Organization"), {("Samsung Electronics chip plant", "locatedIn", "Pyeongtaek")}),
        # A works named after its town lies in it.
        ("Workers at the Ulsan refinery went on strike on Monday.", "Ulsan refinery", ("Ulsan", "Place"),
         {("Ulsan refinery", "locatedIn", "Ulsan")}),
        # The owner as a possessive names the works as "the X plant" does; an adjective is no part of the name.
        ("Kestrel Marine's shipyard in Gdansk will hire 500 workers.", "Kestrel Marine shipyard",
         ("Kestrel Marine", "Organization"), {("Kestrel Marine shipyard", "locatedIn", "Gdansk")}),
        ("Hanul Motors' new battery plant in Alabama will open next year.", "Hanul Motors battery plant",
         ("Hanul Motors", "Organization"), {("Hanul Motors battery plant", "locatedIn", "Alabama")}),
    ],
)
def test_a_works_named_by_its_owner_or_town_is_a_facility(en_extractor, text, works, owner, facts):
    ex = _extract(en_extractor, text)
    typed = {(m.name, m.type) for m in ex.mentions}
    assert {(works, "Facility"), owner} <= typed
    got = _facts(en_extractor, text)
    assert facts <= got
    assert not [f for f in got if f[0] == owner[0] and f[1] == "establishedDate"]


@pytest.mark.parametrize(
    "text",
    [
        "Texas's largest refinery closed on Monday.",  # a place's works: where it is, not its name
        "Ivo Renn said Renn's factory in Ohio would grow.",  # a person named in full owns it
    ],
)
def test_a_possessive_place_or_person_names_no_works(en_extractor, text):
    assert not [n for n, t in _typed(en_extractor, text) if t == "Facility"]


def test_someone_planted_by_a_party_is_no_works(en_extractor):
    typed = _typed(en_extractor, "The senator called the witness a Greenfield Party plant.")
    assert not [n for n, t in typed if t == "Facility"]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Minister Ana Reyes arrived in Lyon late on Monday and met Mayor Paul Girard.", "Lyon"),
        ("After the talks, the team landed in Porto, where they toured the port.", "Porto"),
        ("The ship arrived in Lyon with 300 tonnes of grain.", "Lyon"),
        ("Reyes landed in Porto on Sunday and drove to Braga.", "Braga"),
    ],
)
def test_a_known_city_where_a_journey_ends_is_a_place(en_extractor, text, place):
    assert (place, "Place") in _typed(en_extractor, text)


def test_a_city_s_club_in_the_results_stays_a_club(en_extractor):
    assert ("Porto", "Organization") in _typed(en_extractor, "Porto beat Braga 2-1 on Sunday.")


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Researchers at the Center for the Study of Coastal Economies in Halden published the report.",
         "Center for the Study of Coastal Economies", "Organization"),
        ("The Institute for the Future of Work said the plan was late.", "Institute for the Future of Work", "Organization"),
        ("Visitors queued at the Museum of the Moving Tram in Lyon.", "Museum of the Moving Tram", "Facility"),
        ("The Korea–Japan Business Forum opened in Osaka on Monday.", "Korea–Japan Business Forum", "Event"),
        ("Delegates met at the Vietnam–Korea Technology Center in Hanoi.", "Vietnam–Korea Technology Center", "Facility"),
        # "and" inside a "for" phrase does not split the name.
        ("The Institute for Port Logistics and Planning said so.", "Institute for Port Logistics and Planning",
         "Organization"),
    ],
)
def test_a_name_goes_on_over_for_the_and_a_glued_dash(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("He flew to Seoul for the Olympics.", "Seoul for the Olympics"),
        ("The speech praised the President of the Harbour Council.", "President of the Harbour Council"),
    ],
)
def test_a_place_or_a_title_does_not_run_on_over_for_the(en_extractor, text, junk):
    assert junk not in {n for n, _ in _typed(en_extractor, text)}


def test_a_place_named_after_a_titled_person_is_a_place(en_extractor):
    text = "Sultan Kudarat Governor Ana Ruiz visited Manila."
    typed = _typed(en_extractor, text)
    assert ("Sultan Kudarat", "Place") in typed
    assert "Kudarat" not in {n for n, _ in typed}
    assert ("Ana Ruiz", "Sultan Kudarat", "Governor") in _offices(en_extractor, text)


def test_a_titled_person_is_still_a_person(en_extractor):
    assert ("Hassanal Bolkiah", "Person") in _typed(en_extractor, "The president met Sultan Hassanal Bolkiah.")


@pytest.mark.parametrize(
    "text, work",
    [
        ("The film 'Salt Harbour', set in Mokpo, won the top prize.", "Salt Harbour"),
        ("Her film Iron Bridge in Busan won praise.", "Iron Bridge"),
        ("The film Last Ferry Station premiered in Busan.", "Last Ferry Station"),
    ],
)
def test_a_work_is_no_building_and_lies_nowhere(en_extractor, text, work):
    assert (work, "Product") in _typed(en_extractor, text)
    assert not [f for f in _facts(en_extractor, text) if f[0] == work and f[1] == "locatedIn"]


def test_what_an_actor_plays_is_no_work(en_extractor):
    text = "Dara Venn directed the film and starred in it, playing Tovar."
    assert ("Tovar", "Product") not in _typed(en_extractor, text)


def test_a_journal_one_writes_in_is_not_where_one_writes(en_extractor):
    text = "Writing in the Harbour Medical Journal in London, doctors said the drug worked."
    assert not [f for f in _facts(en_extractor, text) if f[1] == "locatedIn"]


def test_a_newspaper_in_a_city_is_still_there(en_extractor):
    assert ("Nordic Times", "locatedIn", "Oslo") in _facts(en_extractor, "The Nordic Times in Oslo reported the deal.")


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Corvan, a think tank in Lyon, published the report.", "Corvan", "Organization"),
        ("The crowd in Hall 3 gathered around the robot.", "Hall 3", "Facility"),
        # A known place before a list of things in a clause is still the place.
        ("In Kelso, Ontario, Canada, a truck and a bus collided on Friday.", "Canada", "Place"),
    ],
)
def test_a_noun_of_a_kind_after_a_name_and_a_numbered_hall(en_extractor, text, name, typ):
    assert (name, typ) in _typed(en_extractor, text)


def test_a_headline_s_kicker_is_no_name(en_extractor):
    typed = _typed(en_extractor, "Explainer: Vietnam's nine-billion-dollar bet on chips\n\nThe plan was announced.")
    assert "Explainer" not in {n for n, _ in typed}


def test_two_portfolios_of_one_office_and_its_director_after_a_body(en_extractor):
    text = ("Planning and Investment Minister Le Thi Ngan said the state would pay.\n"
            "A new body, the Delta Chip Agency, was set up by the Ministry of Industry in January.\n"
            "Its director, Pham Quoc Bao, used to lead a design center.")
    offices = _offices(en_extractor, text)
    assert ("Le Thi Ngan", None, "Planning and Investment Minister") in offices
    assert ("Pham Quoc Bao", "Delta Chip Agency", "director") in offices


@pytest.mark.parametrize(
    "fixture, name, typ",
    [
        ("expo_show_floor", "Harbourline Mobility Expo", "Event"),
        ("expo_show_floor", "Leca Exhibition Centre", "Facility"),
        ("expo_show_floor", "Kestra K5", "Product"),
        ("expo_show_floor", "Pellar", "Product"),
        ("expo_show_floor", "Vireo", "Product"),
        ("expo_show_floor", "Hall 3", "Facility"),
        ("expo_show_floor", "Hanbit Motors", "Organization"),
        ("expo_show_floor", "Hanbit Motors plant", "Facility"),
        ("expo_show_floor", "Porto", "Place"),
        ("expo_show_floor", "Ines Calado", "Person"),
        ("expo_show_floor", "Korea–Portugal Business Forum", "Event"),
        ("explainer_chip_strategy", "Lotus Semiconductor Strategy 2035", "Plan"),
        ("explainer_chip_strategy", "National Semiconductor Development Agency", "Organization"),
        ("explainer_chip_strategy", "Center for the Study of Chip Talent", "Organization"),
        ("explainer_chip_strategy", "Daewon Semicon plant", "Facility"),
        ("explainer_chip_strategy", "Hsinchu Science Park", "Facility"),
        ("explainer_chip_strategy", "Vo Minh Chau", "Person"),
    ],
)
def test_names_of_an_expo_report_and_a_policy_explainer(en_extractor, fixture, name, typ):
    ex = en_extractor.extract(read_fixture_article(f"en/{fixture}.txt"))
    assert {m.type for m in ex.mentions if m.name == name} == {typ}


@pytest.mark.parametrize(
    "fixture, fact",
    [
        ("expo_show_floor", ("Valtera Robotics", "unveiled", "Kestra K5")),
        ("expo_show_floor", ("Kestra K5", "designedBy", "Rui Matos")),
        ("expo_show_floor", ("Sondvik Marine Systems", "develops", "Pellar")),
        ("expo_show_floor", ("Orla Shipyards", "develops", "Pellar")),
        ("expo_show_floor", ("Ines Calado", "visited", "Porto")),
        ("expo_show_floor", ("Ines Calado", "visited", "Korea Pavilion")),
        ("expo_show_floor", ("Ines Calado", "holdsOffice", "Portugal")),
        ("expo_show_floor", ("Ines Calado", "metWith", "Dragan Petrov")),
        ("expo_show_floor", ("Dragan Petrov", "holdsOffice", "Balkan Rail Association")),
        ("expo_show_floor", ("Hanbit Motors plant", "locatedIn", "Gwangju")),
        ("expo_show_floor", ("Hanbit Motors plant", "establishedDate", "2009")),
        ("expo_show_floor", ("Vireo", "establishedBy", "Arken Aero")),
        ("expo_show_floor", ("Harbourline Mobility Expo", "establishedBy", "Porto Chamber of Commerce")),
        ("explainer_chip_strategy", ("Tran Duc Hoang", "announced", "Lotus Semiconductor Strategy 2035")),
        ("explainer_chip_strategy", ("Le Thi Ngan", "holdsOffice", "Planning and Investment Minister")),
        ("explainer_chip_strategy", ("National Semiconductor Development Agency", "establishedBy",
                                     "Ministry of Science and Technology")),
        ("explainer_chip_strategy", ("Pham Quoc Bao", "holdsOffice", "National Semiconductor Development Agency")),
        ("explainer_chip_strategy", ("Hoa Lac Chip Design Center", "establishedBy", "Hanoi University of Science")),
        ("explainer_chip_strategy", ("Daewon Semicon plant", "locatedIn", "Bac Ninh")),
        ("explainer_chip_strategy", ("Center for the Study of Chip Talent", "locatedIn", "Hanoi")),
        ("explainer_chip_strategy", ("Vo Minh Chau", "visited", "Hsinchu Science Park")),
        ("explainer_chip_strategy", ("Vo Minh Chau", "metWith", "Lin Wen-hao")),
        ("explainer_chip_strategy", ("Lin Wen-hao", "holdsOffice", "Formosa Wafer Works")),
    ],
)
def test_key_facts_of_an_expo_report_and_a_policy_explainer(en_extractor, fixture, fact):
    assert fact in rel_set(en_extractor.extract(read_fixture_article(f"en/{fixture}.txt")))


def test_an_expo_report_and_a_policy_explainer_make_no_wrong_facts(en_extractor):
    expo = rel_set(en_extractor.extract(read_fixture_article("en/expo_show_floor.txt")))
    explainer = rel_set(en_extractor.extract(read_fixture_article("en/explainer_chip_strategy.txt")))
    # The firm is not the plant: no date on the firm; a headline's kicker is nobody.
    assert not [f for f in expo if f[0] == "Hanbit Motors" and f[1] == "establishedDate"]
    assert not [f for f in explainer if "Explainer" in (f[0], f[2])]
    assert not [f for f in explainer if f[1] == "locatedIn" and f[0] == "Daewon Semicon plant" and f[2] != "Bac Ninh"]


def _types(en_extractor, text):
    return {(m.name, m.type) for m in _extract(en_extractor, text).mentions if m.type not in ("Date", "Quantity")}


@pytest.mark.parametrize(
    "text, place, holder, body",
    [
        # The NER cuts "Teshima Mayor" off as a person and so makes "Teshima" elsewhere that person.
        ("Ravel Ostrander met with Busan Mayor Yoon Dae-sik at the port. Busan will host the fair.",
         "Busan", "Yoon Dae-sik", "Busan"),
        # Neither NER finds the town before the title.
        ("Ravel Ostrander also met with Suwon Mayor Lee Jae-jun on Friday.", "Suwon", "Lee Jae-jun", "Suwon"),
    ],
)
def test_a_town_before_a_title_and_a_name_is_the_office_s_place(en_extractor, text, place, holder, body):
    types = _types(en_extractor, text)
    assert (place, "Place") in types and (place, "Person") not in types
    assert not any(n.endswith(" Mayor") for n, _ in types)
    assert (holder, body, "Mayor") in _offices(en_extractor, text)
    assert ("Ravel Ostrander", "metWith", holder) in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Corvane Motors has run factories in Bac Ninh and Hai Phong since 2012.", "Hai Phong", "Place"),
        ("Fukuoka Prefecture plans to invest 15 billion yen in the port by 2030.", "Fukuoka Prefecture", "Place"),
        # A government speaks, as "<town> City said" does.
        # A province that speaks stays the place, as 경기도 does in Korean (unlike "<town> City said").
        ("Fukuoka Prefecture said it would invest in the port.", "Fukuoka Prefecture", "Place"),
        # A town of one word before a works' noun stays the town.
        ("Hyundai opened the Asan plant in 1996.", "Asan", "Place"),
        # A name the NER calls a place, before "plant", is the firm that runs it.
        ("The delegation toured the Daewon Semicon plant in Gumi on Monday.", "Daewon Semicon", "Organization"),
    ],
)
def test_places_and_owners_typed_by_their_wording(en_extractor, text, name, typ):
    assert (name, typ) in _types(en_extractor, text)


@pytest.mark.parametrize(
    "text, plan",
    [
        ("Mayor Dana Whitlow announced the Coral Bay Battery Valley 2030 plan on Monday.",
         "Coral Bay Battery Valley 2030"),
        ("Governor Mara Quinn unveiled the Green Harbour 2035 strategy on Tuesday.", "Green Harbour 2035"),
    ],
)
def test_a_name_with_a_target_year_before_plan_is_the_plan(en_extractor, text, plan):
    types = _types(en_extractor, text)
    assert (plan, "Plan") in types
    assert not any(t == "Place" and plan.startswith(n) for n, t in types)
    assert any(r[1] in ("announced", "unveiled") and r[2] == plan for r in _relations(en_extractor, text))


def test_a_town_and_a_year_before_plan_stays_the_town(en_extractor):
    assert ("Seoul", "Place") in _types(en_extractor, "The mayor backed the Seoul 2030 plan.")


def test_two_places_some_distance_apart_have_no_length(en_extractor):
    text = '"Tarnow and Busan are only 200 kilometers apart," the governor said.'
    assert not [r for r in _extract(en_extractor, text).relations if r.predicate == "lengthMetres"]


def test_a_governor_s_place_is_the_prefecture_the_article_names(en_extractor):
    text = ("Tarnow Governor Emi Sato arrived in Seoul on Monday. "
            "Tarnow Prefecture plans to invest 9 billion yen in its port.")
    ex = _extract(en_extractor, text)
    assert ("Tarnow", "Tarnow Prefecture") in {(a.name, b.name) for a, b in ex.aliases}


@pytest.mark.parametrize(
    "headline",
    [
        "Varenne Motors Chief Opens Battery Plant Talks in Mokpo",
        "Varenne Motors Holds Investment Forum in Mokpo",
        "Varenne Motors Meeting in Mokpo Draws Crowd",
    ],
)
def test_a_headline_event_in_a_place_does_not_locate_the_firm(en_extractor, headline):
    # Title Case makes "Talks", "Forum" look like names; "in Mokpo" is where the event is.
    text = headline + "\n\nVarenne Motors chief Pierre Laval arrived in Mokpo on Monday.\n"
    assert ("Varenne Motors", "locatedIn", "Mokpo") not in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Varenne Motors Headquarters in Mokpo Reopens\n\nVarenne Motors reopened its headquarters in Mokpo.\n",
         ("Varenne Motors", "locatedIn", "Mokpo")),
        ("Daewon Chemical, based in Ulsan, will build a plant.", ("Daewon Chemical", "locatedIn", "Ulsan")),
        ("The Varenne Motors plant in Mokpo starts production next year.",
         ("Varenne Motors plant", "locatedIn", "Mokpo")),
    ],
)
def test_a_firm_s_seat_or_works_in_a_place_is_still_located(en_extractor, text, fact):
    assert fact in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Etienne Varault, chief executive of the French carmaker Varenne Motors, arrived in Mokpo on Tuesday.",
         ("Etienne Varault", "holdsOffice", "Varenne Motors")),
        ("Anke Rolf, president of the Swedish steelmaker Orvik Steel, arrived in Mokpo on Tuesday.",
         ("Anke Rolf", "holdsOffice", "Orvik Steel")),
        ("Anke Rolf, chief executive of the German parts maker Hesch Motors, arrived in Mokpo on Tuesday.",
         ("Anke Rolf", "holdsOffice", "Hesch Motors")),
        ("The president of the French carmaker Varenne Motors, Etienne Varault, said sales rose.",
         ("Etienne Varault", "holdsOffice", "Varenne Motors")),
    ],
)
def test_an_office_of_a_described_firm_is_held_at_that_firm(en_extractor, text, fact):
    assert fact in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # The headline's nationality before its own office title.
        "Peruvian Trade Minister Tours Ulsan Shipyards\n\n"
        "Peruvian Trade Minister Rosa Quispe visited Ulsan on Monday.\n",
        # The headline's nationality before a common noun, the body's before an office.
        "Thai Engineers Tour Changwon Plants\n\n"
        "Thai Deputy Prime Minister Anan Srisuk led the engineers around Changwon on Monday.\n",
    ],
)
def test_a_nationality_in_a_headline_is_no_place(en_extractor, text):
    ex = _extract(en_extractor, text)
    places = {m.name for m in ex.mentions if m.type == "Place"}
    assert not places & {"Peruvian", "Thai"}
    offices = {(r.subject.name, r.object.name) for r in ex.relations if r.predicate == "holdsOffice"}
    assert offices & {("Rosa Quispe", "Peru"), ("Anan Srisuk", "Thailand")}


@pytest.mark.parametrize(
    "text, office",
    [
        ("Marek Zielony, head of purchasing at Vardel Mobility, said the order was final.",
         ("Marek Zielony", "Vardel Mobility", "head of purchasing")),
        ("Ines Loury, head of sales of Orvik Steel, said prices would rise.",
         ("Ines Loury", "Orvik Steel", "head of sales")),
        ("Ines Loury, director of purchasing at Hesch Motors, said prices would rise.",
         ("Ines Loury", "Hesch Motors", "director of purchasing")),
    ],
)
def test_head_of_a_function_is_an_office_at_the_firm(en_extractor, text, office):
    assert office in _offices(en_extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Loury, head of state at Orvik Steel, said prices would rise.",
        "Ines Loury, head of government at Orvik Steel, said prices would rise.",
    ],
)
def test_head_of_state_is_no_office_at_a_firm(en_extractor, text):
    assert not {o for o in _offices(en_extractor, text) if o[1] == "Orvik Steel"}


# --- Live blogs, interviews and press releases (s14) ---------------------------------


@pytest.mark.parametrize(
    "text, triple",
    [
        # a live-blog marker glued to the sentence left "met" without its subject
        ("Update 2: Prime Minister Hana Lortz met with Ivo Brandt in Vienna.",
         ("Hana Lortz", "metWith", "Ivo Brandt")),
        ("UPDATE 3 — Prime Minister Hana Lortz met with Ivo Brandt in Vienna.",
         ("Hana Lortz", "metWith", "Ivo Brandt")),
    ],
)
def test_live_blog_marker_is_parsed_apart(en_extractor, text, triple):
    assert triple in _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Brisk Courier spoke to her.\nBrisk Courier: Critics call the plan costly.", "Brisk Courier"),
        ("Minister Ivo Brandt spoke to us.\nBrandt: Critics are wrong about the plan.", "Brandt"),
    ],
)
def test_speaker_label_is_no_part_of_a_name(en_extractor, text, speaker):
    texts = {t for t, _ in _typed(en_extractor, text)}
    assert speaker in texts
    assert not any(":" in t for t in texts)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Mara Lind, Chief Executive Officer of Tolvane Foods, opened the plant.", "Officer"),
        ("Chief Financial Officer Mara Lind opened the plant.", "Financial"),
    ],
)
def test_words_of_a_title_are_no_person(en_extractor, text, junk):
    people = {t for t, typ in _typed(en_extractor, text) if typ == "Person"}
    assert "Mara Lind" in people and junk not in people


@pytest.mark.parametrize(
    "text, firm, place",
    [
        # the CoNLL NER reads a city with a football club as the club
        ("The deal went to Orvik Steel, a pipe maker based in Coventry.", "Orvik Steel", "Coventry"),
        ("Orvik Steel is headquartered in Leeds.", "Orvik Steel", "Leeds"),
        # "<place>-based": the NER leaves the place inside one MISC word
        ("Tolvane Foods, a Kyoto-based maker of sauces, opened a plant.", "Tolvane Foods", "Kyoto"),
        ("The Kyoto-based firm Sakuma Devices will build a plant.", "Sakuma Devices", "Kyoto"),
        ("The Hong Kong-based lender Tai Fung Bank cut rates.", "Tai Fung Bank", "Hong Kong"),
    ],
)
def test_where_a_firm_is_based_is_a_place(en_extractor, text, firm, place):
    assert (place, "Place") in _typed(en_extractor, text)
    assert (firm, "locatedIn", place) in _relations(en_extractor, text)


def test_portfolio_with_natural_is_no_organisation(en_extractor):
    text = "Canadian Natural Resources Minister Kevin Barlow signed the deal."
    assert not [t for t, typ in _typed(en_extractor, text) if typ == "Organization"]
    assert ("Kevin Barlow", "Canada", "Natural Resources Minister") in _offices(en_extractor, text)


@pytest.mark.parametrize(
    "text, firms",
    [
        ("Brakel Photonics, Veldhoven Coatings and 38 others signed deals.", {"Brakel Photonics", "Veldhoven Coatings"}),
        ("Tarsk Instruments said prices would rise.", {"Tarsk Instruments"}),
    ],
)
def test_firm_named_after_its_goods_is_an_organisation(en_extractor, text, firms):
    assert {t for t, typ in _typed(en_extractor, text) if typ == "Organization"} == firms


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Norvale Energy launched the Corvel 40 on Monday.", "Norvale Energy"),
        ("Norvale Energy thanked the Department for Business and Trade. The company also unveiled the Corvel 40.",
         "Norvale Energy"),
    ],
)
def test_unveiled_name_and_number_is_one_product(en_extractor, text, owner):
    ex = _extract(en_extractor, text)
    assert ("Corvel 40", "Product") in {(m.text, m.type) for m in ex.mentions}
    assert "40" not in {m.text for m in ex.mentions}
    # "the company" is the firm, never the department named after it
    assert {(s, o) for s, p, o in _relations(en_extractor, text) if p == "unveiled"} == {(owner, "Corvel 40")}


@pytest.fixture(scope="module")
def s14_articles(en_extractor):
    return {name: en_extractor.extract(read_fixture_article(f"en/s14_{name}.txt"))
            for name in ("release_battery_plant", "interview_trade_minister", "liveblog_state_visit",
                         "keyfacts_chip_plan")}


def _article_facts(ex):
    return {(r.subject.name, r.predicate, r.object.name if r.object else r.value) for r in ex.relations}


@pytest.mark.parametrize(
    "article, fact",
    [
        ("release_battery_plant", ("Halden Motors", "locatedIn", "Coventry")),
        ("release_battery_plant", ("Norvale Energy", "establishedBy", "Priya Lindqvist")),
        ("release_battery_plant", ("Daniel Ashcombe", "holdsOffice", "Norvale Energy")),
        ("interview_trade_minister", ("Han Ji-soo", "holdsOffice", "President")),
        ("liveblog_state_visit", ("Rafael Moreno", "visited", "Canada")),
        ("liveblog_state_visit", ("Claire Dubois", "metWith", "Moreno")),
        ("liveblog_state_visit", ("Moreno", "visited", "Northbay Battery Institute")),
        ("liveblog_state_visit", ("Northbay Battery Institute", "establishedBy", "University of Ottawa")),
        ("liveblog_state_visit", ("Kevin Barlow", "holdsOffice", "Canada")),
        ("keyfacts_chip_plan", ("Sakuraba Devices", "locatedIn", "Kyoto")),
        ("keyfacts_chip_plan", ("Thanh Long Semiconductor", "establishedBy", "Nguyen Van Hoa")),
        ("keyfacts_chip_plan", ("Kenji Arakawa", "metWith", "Tran Thi Mai")),
        ("keyfacts_chip_plan", ("Lena Hofmann", "visited", "Hoa Lac Hi-Tech Park")),
    ],
)
def test_new_styles_give_the_facts_a_reader_sees(s14_articles, article, fact):
    assert fact in _article_facts(s14_articles[article])


@pytest.mark.parametrize(
    "article, name, typ",
    [
        ("release_battery_plant", "Coventry", "Place"),
        ("release_battery_plant", "Corvel 40", "Product"),
        ("interview_trade_minister", "Veldhoven Coatings", "Organization"),
        ("interview_trade_minister", "Lowland Ledger", "Organization"),
        ("liveblog_state_visit", "Santiago", "Place"),
        ("keyfacts_chip_plan", "Kyoto", "Place"),
    ],
)
def test_new_styles_type_the_names(s14_articles, article, name, typ):
    assert (name, typ) in {(m.name, m.type) for m in s14_articles[article].mentions}


def test_new_styles_give_no_junk(s14_articles):
    mentions = [m for ex in s14_articles.values() for m in ex.mentions]
    texts = {m.text for m in mentions}
    # release furniture: the media contact, the wire tag and the "###" end mark
    assert not texts & {"Harriet Bellamy", "PRNewswire", "###", "Officer", "Media Contact"}
    # interview and live-blog labels
    assert not any(":" in t or t in ("Q", "A", "Update") for t in texts)
    release = s14_articles["release_battery_plant"]
    assert not [r for r in release.relations if "Bellamy" in r.subject.name
                or r.object is not None and "Bellamy" in r.object.name]


# --- s14c: firm heads, regional and party offices, place names, producers, signings by noun ---


def _types_of(en_extractor, text):
    return {(m.name, m.type) for m in _extract(en_extractor, text).mentions}


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # a trade glued to "-works" is a firm's coined name; a steelworks is a plant
        ("Daria Novak visited the plant of Ostrel Bioworks, which employs 900 workers.", "Ostrel Bioworks",
         "Organization"),
        ("Tanaka Hiroshi toured the site of Kessel Metalworks in Osaka on Monday.", "Kessel Metalworks", "Organization"),
        ("The minister visited Pohang Steelworks on Tuesday.", "Pohang Steelworks", "Facility"),
        # a firm named after the battery metal it mines
        ("Bruna Okafor said Tarvel Lithium would open a mine next year.", "Tarvel Lithium", "Organization"),
        ("Carlos Mendes said the contracts his firm signed with Marenport Freight were fair.", "Marenport Freight",
         "Organization"),
        # "Parliament Hill": an institution's noun and a surname-like word are one place's name
        ("Prime Minister Ana Vidal met with Soren Lind at Parliament Hill for an hour.", "Parliament Hill", "Place"),
        # a producer of goods is a firm, a film's producer a person
        ("Varanco, a producer of battery metals, opened an office in Seoul.", "Varanco", "Organization"),
        ("Okono, a lithium producer based in Perth, opened an office in Seoul.", "Okono", "Organization"),
        ("Brenna Castell, a film producer from Dublin, visited Busan.", "Brenna Castell", "Person"),
        ("Dario Feld, a music producer, visited Busan.", "Dario Feld", "Person"),
    ],
)
def test_s14c_names_are_typed_by_their_words(en_extractor, text, name, typ):
    assert (name, typ) in _types_of(en_extractor, text)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Prime Minister Ana Vidal met with Soren Lind at Parliament Hill for an hour.", ("Hill", "Person")),
        ("Zhejiang Party Secretary Wang Jianguo arrived in Busan on Friday.", ("Zhejiang Party", "Organization")),
        ("The signing of an MOU between Kalvik Steel and Norden Rail took place in Oslo.", ("MOU", "Organization")),
        ("Norland Energy Minister Ingrid Solberg visited Velgrad.", ("Norland Energy", "Organization")),
    ],
)
def test_s14c_no_junk_entity(en_extractor, text, junk):
    assert junk not in _types_of(en_extractor, text)


@pytest.mark.parametrize(
    "text, office",
    [
        # a Chinese region's party secretary: the region is the jurisdiction, "Party Secretary" the office
        ("Zhejiang Party Secretary Wang Jianguo arrived in Busan on Friday.",
         ("Wang Jianguo", "Zhejiang", "Party Secretary")),
        ("Guangdong Provincial Party Secretary Li Ming visited Seoul.",
         ("Li Ming", "Guangdong", "Provincial Party Secretary")),
        ("Party Secretary Wang Jianguo arrived in Busan on Friday.", ("Wang Jianguo", None, "Party Secretary")),
        # a party's own name keeps its party
        ("Communist Party Secretary Wang Jianguo arrived in Busan on Friday.",
         ("Wang Jianguo", "Communist Party", "Secretary")),
        ("Labour Party Secretary Jane Doyle visited Seoul.", ("Jane Doyle", "Labour Party", "Secretary")),
        # a state's office with the state before the title (ISO 3166-2 names)
        ("Kerala Chief Minister Anil Thomas met Japanese investors in Kochi.",
         ("Anil Thomas", "Kerala", "Chief Minister")),
        ("Karnataka Chief Minister Suresh Gowda visited Osaka.", ("Suresh Gowda", "Karnataka", "Chief Minister")),
        ("Odisha Chief Minister Ravi Shankar Menon arrived in Pune on Monday.",
         ("Ravi Shankar Menon", "Odisha", "Chief Minister")),
        ("Ravi Shankar Menon, the Chief Minister of Odisha, arrived in Pune on Monday.",
         ("Ravi Shankar Menon", "Odisha", "Chief Minister")),
        # an unknown country and the portfolio read as a firm by the NER
        ("Norland Energy Minister Ingrid Solberg visited Velgrad.", ("Ingrid Solberg", "Norland", "Energy Minister")),
    ],
)
def test_s14c_regional_and_party_offices(en_extractor, text, office):
    got = _offices(en_extractor, text)
    assert {(p, o) for p, o, _ in got} >= {office[:2]}
    assert office in got


def test_s14c_compass_subdivision_is_no_office_place(en_extractor):
    # "Central" is a subdivision's name in several countries, but before a title no region
    got = _offices(en_extractor, "Central Bank Governor Mira Tal spoke on Monday.")
    assert not {o for _, o, _ in got} & {"Central"}


def _signed_pairs(en_extractor, text):
    return {(s, o) for s, p, o in _relations(en_extractor, text) if p == "signedAgreementWith"}


@pytest.mark.parametrize(
    "text, pairs",
    [
        # a relative clause without "which" or "that"
        ("Governor Ana Ruiz said the contracts she signed with Norden Rail would create 400 jobs.",
         {("Ana Ruiz", "Norden Rail")}),
        ("The contracts Kalvik Steel signed with Norden Rail are worth 2 billion dollars.",
         {("Kalvik Steel", "Norden Rail")}),
        # the noun "signing"
        ("The signing of an MOU between Kalvik Steel and Norden Rail took place in Oslo on Monday.",
         {("Kalvik Steel", "Norden Rail")}),
        ("Kalvik Steel and Norden Rail's MOU signing was attended by the minister.", {("Kalvik Steel", "Norden Rail")}),
        ("Kalvik Steel's signing of an MOU with Norden Rail was welcomed by the mayor.",
         {("Kalvik Steel", "Norden Rail")}),
        ("The signing of an MOU between the Bank of Velgrad and Bergholm Shipping was witnessed by the presidents.",
         {("Bank of Velgrad", "Bergholm Shipping")}),
        # signings that did not happen, or of what is no agreement
        ("The signing of a supply contract between Kalvik Steel and Norden Rail was postponed.", set()),
        ("The planned signing of an MOU between Kalvik Steel and Norden Rail drew protests.", set()),
        ("Kalvik Steel said the contracts it hopes to sign with Norden Rail would create 400 jobs.", set()),
        ("The signing of the guestbook by Kalvik Steel and Norden Rail took an hour.", set()),
    ],
)
def test_s14c_signings_by_relative_clause_and_noun(en_extractor, text, pairs):
    assert _signed_pairs(en_extractor, text) == pairs


@pytest.fixture(scope="module")
def s14c_articles(en_extractor):
    return {name: en_extractor.extract(read_fixture_article(f"en/s14c_{name}.txt"))
            for name in ("joint_statement_summit", "local_delegation_port")}


@pytest.mark.parametrize(
    "article, fact",
    [
        ("joint_statement_summit", ("Elena Marchetti", "holdsOffice", "Korvania")),
        ("joint_statement_summit", ("Ingrid Solberg", "holdsOffice", "Norland")),
        ("joint_statement_summit", ("Paolo Renzi", "holdsOffice", "Korvania")),
        ("joint_statement_summit", ("Ingrid Solberg", "signedAgreementWith", "Paolo Renzi")),
        ("joint_statement_summit", ("Norsk Vindkraft", "signedAgreementWith", "Korvania Power")),
        ("joint_statement_summit", ("Norsk Vindkraft", "locatedIn", "Bergholm")),
        ("joint_statement_summit", ("Halvorsen", "visited", "Velgrad Institute of Technology")),
        ("local_delegation_port", ("Lucas Ferreira", "holdsOffice", "Paraná")),
        ("local_delegation_port", ("Lucas Ferreira", "visited", "Marenport Container Terminal")),
        ("local_delegation_port", ("Marenport University", "signedAgreementWith", "Silva Agro")),
        ("local_delegation_port", ("Carlos Mendes", "holdsOffice", "Curitiba Logistics")),
        ("local_delegation_port", ("Patricia Quill", "holdsOffice", "Mayor")),
    ],
)
def test_s14c_new_styles_give_the_facts(s14c_articles, article, fact):
    assert fact in _article_facts(s14c_articles[article])


@pytest.mark.parametrize(
    "article, name, typ",
    [
        ("joint_statement_summit", "Norland", "Place"),
        ("joint_statement_summit", "Norsk Vindkraft", "Organization"),
        ("joint_statement_summit", "Bergholm Harbour Authority", "Organization"),
        ("local_delegation_port", "Marenport", "Place"),  # no longer the short form of a "person" Marenport Freight
        ("local_delegation_port", "Marenport Freight", "Organization"),
        ("local_delegation_port", "Silva Agro", "Organization"),
        ("local_delegation_port", "Marenport City Hall", "Facility"),
    ],
)
def test_s14c_new_styles_type_the_names(s14c_articles, article, name, typ):
    assert (name, typ) in {(m.name, m.type) for m in s14c_articles[article].mentions}


def test_s14c_new_styles_give_no_junk(s14c_articles):
    typed = {(m.name, m.type) for ex in s14c_articles.values() for m in ex.mentions}
    assert not typed & {("Norland Energy", "Organization"), ("Korvanian Industry", "Organization"),
                        ("MOU", "Organization"), ("Marenport", "Person"), ("Marenport Freight", "Person")}


@pytest.mark.parametrize(
    "text, office",
    [
        # "<Party title> of <place>" after the name: the place is the jurisdiction, "Party" the office's word
        ("Wang Jianguo, the Party Secretary of Zhejiang, arrived in Busan on Friday.",
         ("Wang Jianguo", "Zhejiang", "Party Secretary")),
        ("Li Ming, the Provincial Party Secretary of Guangdong, visited Seoul.",
         ("Li Ming", "Guangdong", "Provincial Party Secretary")),
        # heads of universities are offices, before the name or after it
        ("Tomas Berg, the Rector of Halden University, met Lin Hao.", ("Tomas Berg", "Halden University", "Rector")),
        ("Nora Quist, provost of Vellmar University, met Lin Hao.", ("Nora Quist", "Vellmar University", "provost")),
        ("Ida Crane, the Chancellor of Ostby University, met Lin Hao.",
         ("Ida Crane", "Ostby University", "Chancellor")),
        ("Halden University Rector Tomas Berg met Lin Hao.", ("Tomas Berg", "Halden University", "Rector")),
        ("Rector Tomas Berg showed the visitors a new laboratory.", ("Tomas Berg", None, "Rector")),
    ],
)
def test_s14d_offices_of_party_and_university_heads(en_extractor, text, office):
    assert office in _offices(en_extractor, text)


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # an institution's noun and a landform word name the quarter around it
        ("The senators met union leaders on Capitol Hill on Tuesday.", "Capitol Hill", "Place"),
        ("Mira Tal walked up Castle Hill with Soren Lind.", "Castle Hill", "Place"),
        # a title before a university's name is no part of it
        ("Tomas Berg, the Rector of Halden University, met Lin Hao.", "Halden University", "Organization"),
        # a shipbuilder named after its trade, which the NER reads as a person
        ("Oda Lines said on Monday it had bought two tugs from Fennick Marine, its biggest order in a decade.",
         "Fennick Marine", "Organization"),
        ("The ferries were built by Harlan Marine in Dunmere.", "Harlan Marine", "Organization"),
    ],
)
def test_s14d_names_are_typed_by_their_words(en_extractor, text, name, typ):
    assert (name, typ) in _types_of(en_extractor, text)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Wang Jianguo, the Party Secretary of Zhejiang, arrived in Busan on Friday.", ("Party", "Organization")),
        ("Li Ming, the Provincial Party Secretary of Guangdong, visited Seoul.", ("Provincial Party", "Organization")),
        ("The senators met union leaders on Capitol Hill on Tuesday.", ("Capitol Hill", "Organization")),
        ("Tomas Berg, the Rector of Halden University, met Lin Hao.",
         ("Rector of Halden University", "Organization")),
        ("The ferries were built by Harlan Marine in Dunmere.", ("Harlan Marine", "Person")),
    ],
)
def test_s14d_no_junk_entity(en_extractor, text, junk):
    assert junk not in _types_of(en_extractor, text)


@pytest.mark.parametrize(
    "text, kept",
    [
        # a party's own name keeps its party before the title
        ("Jane Doyle, the Labour Party Secretary, visited Seoul.", ("Labour Party", "Organization")),
        # a landform word after a name that is no institution's noun stays a surname
        ("Mira Tal met Anne Hill in Busan.", ("Anne Hill", "Person")),
        ("Senator Hill met Mira Tal in Busan.", ("Hill", "Person")),
        # "Marine" opening a name is a given name, not a trade
        ("Marine Lebrun met Mira Tal in Busan.", ("Marine Lebrun", "Person")),
    ],
)
def test_s14d_negative_cases_keep_their_type(en_extractor, text, kept):
    assert kept in _types_of(en_extractor, text)


def test_s14d_office_of_a_ministry_stays_whole(en_extractor):
    # an office's own name ("Minister of Finance") is not cut into a body
    assert not {n for n, t in _types_of(en_extractor, "The Minister of Finance met Lin Hao in Seoul.")
                if t == "Organization" and n == "Finance"}


def test_s14d_dean_is_no_title(en_extractor):
    # "Dean" is a given name and a surname too; it is not read as a title
    assert ("Dean Varga", "Person") in _types_of(en_extractor, "Dean Varga met Lin Hao in Seoul.")


@pytest.mark.parametrize(
    "text, located",
    [
        # the apposed noun is the order's, not the firm's: no "in Europe" for the firm
        ("Brask Shipping said on Tuesday it had ordered six electric ferries from Tarrow Marine, the largest such "
         "order in northern Europe.", set()),
        # a noun a body is called keeps its place
        ("Vell Robotics, a startup in Seoul, hired Mira Tal.", {("Vell Robotics", "Seoul")}),
        ("Vell Robotics, the largest robot maker in Korea, hired Mira Tal.", {("Vell Robotics", "Korea")}),
    ],
)
def test_s14d_apposed_noun_locates_only_what_it_names(en_extractor, text, located):
    assert {(s, o) for s, p, o in _relations(en_extractor, text) if p == "locatedIn"} == located


@pytest.mark.parametrize("title", ["Rector", "Mayor", "Chancellor"])
def test_a_bare_title_before_a_name_is_the_person_s_office(en_extractor, title):
    text = f"{title} Elena Marsh said the campus would reopen."
    assert _typed(en_extractor, text) == [("Elena Marsh", "Person")]
    assert _offices(en_extractor, text) == {("Elena Marsh", None, title)}


@pytest.fixture(scope="module")
def s15_wire(en_extractor):
    return en_extractor.extract(read_fixture_article("en/s15_wire_chip_suppliers.txt"))


def test_s15_a_wire_story_reads_signings_works_firms_and_offices(s15_wire):
    typed = {(m.name, m.type) for m in s15_wire.mentions}
    assert {("Kestrel Marine", "Organization"), ("Kestrel Marine shipyard", "Facility"),
            ("Hanul Motors battery plant", "Facility"), ("Daewon Semicon", "Organization"),
            ("Ministry of Trade and Industry", "Organization"), ("Elena Marsh", "Person")} <= typed
    # Neither the agreement nor the minister's office is a body.
    assert not [n for n, t in typed if t != "Date" and ("MOU" in n or n.startswith("Minister "))]
    facts = {(r.subject.name, r.predicate, r.object.name if r.object else r.value) for r in s15_wire.relations}
    assert {("Kestrel Marine", "signedAgreementWith", "Dorval Shipping"),
            ("Kestrel Marine shipyard", "locatedIn", "Gdansk"),
            ("Hanul Motors battery plant", "locatedIn", "Alabama"),
            ("Elena Marsh", "holdsOffice", "Rector")} <= facts


@pytest.mark.parametrize(
    "text, office",
    [
        # an office set beside the name with no body keeps the title, as "Mayor Tom Grell" does
        ("Tom Grell, the mayor, said the road would reopen on Monday.", ("Tom Grell", None, "mayor")),
        ("The council met Tom Grell, the mayor.", ("Tom Grell", None, "mayor")),
        ("Tom Grell, the current mayor, said the road would reopen.", ("Tom Grell", None, "mayor")),
        # "the university's", "the company's": the one body named before, else none
        ("Halvern University raised fees. Elena Marsh, the university's rector, said costs had grown.",
         ("Elena Marsh", "Halvern University", "rector")),
        ("Halvern University raised fees. The university's rector, Elena Marsh, said costs had grown.",
         ("Elena Marsh", "Halvern University", "rector")),
        ("Orvane Systems reported higher sales. Dana Pryce, the company's chief executive, said demand was strong.",
         ("Dana Pryce", "Orvane Systems", "chief executive")),
        ("Elena Marsh, the university's rector, said fees would rise.", ("Elena Marsh", None, "rector")),
        ("Halvern University and Orl University raised fees. Elena Marsh, the university's rector, said costs "
         "had grown.", ("Elena Marsh", None, "rector")),
        ("The company's chief executive, Dana Pryce, said sales rose.", ("Dana Pryce", None, "chief executive")),
        ("The city's mayor, Tom Grell, said taxes would not rise.", ("Tom Grell", None, "mayor")),
        # a one-word firm the NER reads as a person: only a firm has a chief executive
        ("Brightwater's chief executive, Dana Pryce, said sales rose.",
         ("Dana Pryce", "Brightwater", "chief executive")),
        ("Dana Pryce, Brightwater's CEO, said sales rose.", ("Dana Pryce", "Brightwater", "CEO")),
    ],
)
def test_s15b_an_office_in_apposition_is_held(en_extractor, text, office):
    assert office in _offices(en_extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a place in the office's history, not a post held now
        "George Marr, the first president, died in 1799.",
        "The country's first president, George Marr, died in 1799.",
        "The first president of Veltria, George Marr, died in 1799.",
        # the office is someone else's, or the phrase goes on past the title
        "Tom Grell, the mayor's brother, said taxes would not rise.",
        "Speaking to Ann Lowe, the mayor, Tom Grell said taxes would not rise.",
        "Tom Grell, the former mayor, said taxes would not rise.",
    ],
)
def test_s15b_no_office_from_history_or_another_s_title(en_extractor, text):
    assert not {o for o in _offices(en_extractor, text) if o[0] in ("George Marr", "Tom Grell")}


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # a works is "in" a town, which the NER may read as a firm
        ("Orvane Systems will build a battery plant in Sumi.", "Sumi", "Place"),
        ("Orvane Systems will build a refinery in Sumi.", "Sumi", "Place"),
        ("The Orvane Systems plant in Sumi will hire 500 workers.", "Sumi", "Place"),
        # with no works noun, "in" keeps the firm ("a stake in X")
        ("Orvane Systems bought a stake in Sumi.", "Sumi", "Organization"),
        ("Orvane Systems bought a stake in Samsung.", "Samsung", "Organization"),
        # a full name before "'s chairman" stays a person
        ("Tom Grell's chairman said no.", "Tom Grell", "Person"),
    ],
)
def test_s15b_names_typed_by_what_they_hold(en_extractor, text, name, typ):
    assert (name, typ) in _types_of(en_extractor, text)


def test_s15b_a_plant_in_a_town_is_located_there(en_extractor):
    facts = _relations(en_extractor, "The Orvane Systems plant in Sumi will hire 500 workers.")
    assert ("Orvane Systems plant", "locatedIn", "Sumi") in facts


@pytest.fixture(scope="module")
def s15b_wire(en_extractor):
    return en_extractor.extract(read_fixture_article("en/s15b_wire_appositive_offices.txt"))


def test_s15b_a_wire_story_gives_every_apposed_office(s15b_wire):
    offices = {(r.subject.name, r.object.name if r.object else None, r.value) for r in s15b_wire.relations
               if r.predicate == "holdsOffice"}
    assert offices == {("Dana Pryce", "Orvane Systems", "chief executive"), ("Tom Grell", None, "mayor"),
                       ("Elena Marsh", "Halvern University", "rector"),
                       ("Ivo Sand", "Brightwater", "chief executive")}
    assert ("Brightwater", "Organization") in {(m.name, m.type) for m in s15b_wire.mentions}


@pytest.mark.parametrize(
    "text, facts",
    [
        # "it" as the subject: the firm that was the sentence before's subject, or the clause's above it
        ("Orvane Systems opened a plant in Sumi in 2019. It signed an MOU with Dorval Shipping on Tuesday.",
         {("Orvane Systems", "signedAgreementWith", "Dorval Shipping")}),
        ("Orvane Systems said it signed an MOU with Dorval Shipping on Tuesday.",
         {("Orvane Systems", "signedAgreementWith", "Dorval Shipping")}),
        ("Orvane Systems opened a plant in Sumi in 2019. It visited Kestrel Marine in Brenna on Tuesday.",
         {("Orvane Systems", "visited", "Kestrel Marine")}),
        ("Orvane Systems was founded in 2010 by Jane Hollis. It set up Velo Labs in 2015.",
         {("Velo Labs", "establishedBy", "Orvane Systems")}),
        # a noun that describes the firm or names it again is no rival
        ("Orvane Systems, a chip company, opened a plant in Sumi. It signed an MOU with Dorval Shipping.",
         {("Orvane Systems", "signedAgreementWith", "Dorval Shipping")}),
        ("Orvane Systems opened a plant in Sumi, the company said. It signed an MOU with Dorval Shipping.",
         {("Orvane Systems", "signedAgreementWith", "Dorval Shipping")}),
        # a chain of "it": each stands for what the one before stood for
        ("Orvane Systems opened a plant in Sumi in 2019. It hired 300 workers. It unveiled the Velo X5 in March.",
         {("Orvane Systems", "unveiled", "Velo X5")}),
        # "they" after two firms, also as the subject of a relative clause without its pronoun
        ("Orvane Systems and Dorval Shipping met in Sumi on Monday. They signed an MOU with Kestrel Marine.",
         {("Orvane Systems", "signedAgreementWith", "Kestrel Marine"),
          ("Dorval Shipping", "signedAgreementWith", "Kestrel Marine")}),
        ("Orvane Systems and Dorval Shipping met in Sumi on Monday. The contracts they signed with Kestrel Marine "
         "are worth $2 billion.",
         {("Orvane Systems", "signedAgreementWith", "Kestrel Marine"),
          ("Dorval Shipping", "signedAgreementWith", "Kestrel Marine")}),
        # "its" where "X's" is taken: a works and a visit
        ("Orvane Systems said its new cell plant in Brenna would start production in 2027.",
         {("Orvane Systems cell plant", "locatedIn", "Brenna")}),
        ("Orvane Systems grew fast in 2019. Its visit to Brenna lasted two days.",
         {("Orvane Systems", "visited", "Brenna")}),
    ],
)
def test_s15c_a_pronoun_stands_for_the_firm_just_named(en_extractor, text, facts):
    assert facts <= _relations(en_extractor, text)


@pytest.mark.parametrize(
    "text, firms",
    [
        # a pleonastic "it" stands for nothing
        ("Orvane Systems opened a plant in Sumi in 2019. It took two years to build the Brenna Works.",
         {"Orvane Systems"}),
        # people were the subject: "it" and "they" are not their firm
        ("Jane Hollis, the head of Orvane Systems, visited Sumi. It signed an MOU with Dorval Shipping.",
         {"Orvane Systems"}),
        ("Jane Hollis and Tom Reyes of Orvane Systems visited Sumi. They signed an MOU with Dorval Shipping.",
         {"Orvane Systems"}),
        # two firms a reader could take the pronoun for
        ("Orvane Systems bought a stake in Kestrel Marine. It signed an MOU with Dorval Shipping on Tuesday.",
         {"Orvane Systems", "Kestrel Marine"}),
        ("Orvane Systems, which Kestrel Marine bought last year, said it signed an MOU with Dorval Shipping.",
         {"Orvane Systems", "Kestrel Marine"}),
        ("Orvane Systems bought a stake in Kestrel Marine. Its visit to Brenna lasted two days.",
         {"Orvane Systems", "Kestrel Marine"}),
        # a speaker's "it" is whatever they speak of
        ('Orvane Systems opened a plant in Sumi. "It launched the Sumi Festival all over again," Jane Hollis said.',
         {"Orvane Systems"}),
        # a body or a group named by a common noun may be what the pronoun stands for
        ("Orvane Systems bought a startup in 2019. It unveiled the Velo X5 in March.", {"Orvane Systems"}),
        ("Orvane Systems met the government in Sumi. It signed an MOU with Dorval Shipping on Tuesday.",
         {"Orvane Systems"}),
        ("Orvane Systems and Dorval Shipping hired 300 workers. They signed an MOU with Kestrel Marine.",
         {"Orvane Systems", "Dorval Shipping"}),
        # the number does not fit: "they" for one firm, "it" for two
        ("Orvane Systems opened a plant in Sumi. They signed an MOU with Dorval Shipping on Tuesday.",
         {"Orvane Systems"}),
        ("Orvane Systems and Kestrel Marine met in Sumi. It signed an MOU with Dorval Shipping on Tuesday.",
         {"Orvane Systems", "Kestrel Marine"}),
    ],
)
def test_s15c_a_pronoun_with_no_one_firm_before_it_stands_for_none(en_extractor, text, firms):
    facts = _relations(en_extractor, text)
    assert not {f for f in facts if f[0] in firms and f[1] != "metWith" or f[2] in firms and f[1] == "establishedBy"}


def test_s15c_its_works_needs_one_firm(en_extractor):
    ex = _extract(en_extractor, "Orvane Systems bought a stake in Kestrel Marine. Its new plant in Brenna will open "
                                "in 2027.")
    assert not {m for m in ex.mentions if m.type == "Facility"}
    assert not {r for r in ex.relations if r.predicate == "locatedIn" and r.object.name == "Brenna"}


@pytest.fixture(scope="module")
def s15c_wire(en_extractor):
    return en_extractor.extract(read_fixture_article("en/s15c_wire_firm_pronouns.txt"))


def test_s15c_a_wire_story_resolves_firm_pronouns_only_where_one_firm_fits(s15c_wire):
    signed = {(r.subject.name, r.object.name) for r in s15c_wire.relations if r.predicate == "signedAgreementWith"}
    assert signed == {("Orvane Systems", "Dorval Shipping"), ("Kestrel Marine", "Velmora Systems"),
                      ("Halvern Logistics", "Velmora Systems")}
    works = {(r.subject.name, r.object.name) for r in s15c_wire.relations if r.subject.type == "Facility"}
    assert works == {("Orvane Systems cell plant", "Brenna")}


# s15d: chambers of commerce, missions, ministries with listed portfolios,
# firms named "<word> Battery", and a capitalised office in apposition.
@pytest.mark.parametrize(
    "text, name, typ",
    [
        # a chamber named after its town, at a sentence's start (the NER cuts it at "of")
        ("Sumi Chamber of Commerce and Industry hosted a forum on Friday.",
         "Sumi Chamber of Commerce and Industry", "Organization"),
        ("Mira Dalton, vice president of the Norland Chamber of Commerce and Industry (NCCI), spoke.",
         "Norland Chamber of Commerce and Industry", "Organization"),
        # a consulate general: "General" alone heads no name
        ("The Korean Consulate General in Brenna hosted a dinner for 60 business leaders.",
         "Korean Consulate General", "Organization"),
        ("The Korean Consulate-General in Brenna issued visas.", "Korean Consulate-General", "Organization"),
        # a portfolio listed with commas belongs to the ministry's name
        ("The Ministry of Trade, Industry and Energy said exports rose in May.",
         "Ministry of Trade, Industry and Energy", "Organization"),
        ("A spokesman for the Ministry of Land, Infrastructure and Transport said the road would open.",
         "Ministry of Land, Infrastructure and Transport", "Organization"),
        ("Officials from the Ministry of Agriculture, Food and Rural Affairs visited the farm.",
         "Ministry of Agriculture, Food and Rural Affairs", "Organization"),
        # a cell maker named "<word> Battery" is a firm, not a place
        ("Lena Voss, chief executive of Hwaseon Battery, said the firm would hire 500 workers.",
         "Hwaseon Battery", "Organization"),
        ("The minister toured the Brenna plant of Hwaseon Battery in March.", "Hwaseon Battery", "Organization"),
    ],
)
def test_s15d_bodies_are_found_whole(en_extractor, text, name, typ):
    assert (name, typ) in _typed_names(en_extractor, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a comma after a complete name still ends it when people or places follow
        ("Yesterday the Ministry of Health, Jones said, ordered more vaccines.", "Ministry of Health"),
        ("The University of Leeds, Smith and Jones said, will open a campus.", "University of Leeds"),
        ("The Ministry of Defence, France and Germany agreed on the deal.", "Ministry of Defence"),
        ("The Bank of Norland, Orvane Systems and Dorval Shipping agreed on the plan.", "Bank of Norland"),
        # an embassy's and a mission's name leaves out the city it is in (locatedIn gives it)
        ("Tomas Feld, a consul at the Norland Embassy in Valmora, travelled with the group.", "Norland Embassy"),
        ("The Permanent Mission of Norland in Geneva issued a statement.", "Permanent Mission of Norland"),
    ],
)
def test_s15d_a_name_ends_before_what_is_not_its_own(en_extractor, text, name):
    found = _typed_names(en_extractor, text)
    assert (name, "Organization") in found
    assert not any(n.startswith(name) and n != name for n, _ in found)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("The Korean Consulate General in Brenna hosted a dinner.", ("Korean Consulate General", "locatedIn", "Brenna")),
        ("The Norland Embassy in Valmora helped arrange the visit.", ("Norland Embassy", "locatedIn", "Valmora")),
        ("The Permanent Mission of Norland to the United Nations in Geneva issued a statement.",
         ("Permanent Mission of Norland", "locatedIn", "Geneva")),
        # a capitalised title in apposition is the office, as a lower-case one is
        ("Ines Marr, the First Minister, said the region welcomed the investment.",
         ("Ines Marr", "holdsOffice", "First Minister")),
        ("Paul Brandt, the Foreign Minister, met the delegation on Wednesday.",
         ("Paul Brandt", "holdsOffice", "Foreign Minister")),
    ],
)
def test_s15d_missions_are_placed_and_capitalised_offices_held(en_extractor, text, fact):
    assert fact in _facts(en_extractor, text)


@pytest.mark.parametrize(
    "text, fact",
    [
        # the body a mission is accredited to is not where the mission is
        ("The Permanent Mission of Norland to the United Nations in Geneva issued a statement.",
         ("United Nations", "locatedIn", "Geneva")),
        # "the first president of Y" in lower case tells of history, no office held now
        ("John Doe, the first president of the club, died in 1990.", ("John Doe", "holdsOffice", "first president")),
        ("Ines Marr, the first minister to visit, said the plan would go ahead.",
         ("Ines Marr", "holdsOffice", "first minister")),
    ],
)
def test_s15d_no_mission_seat_or_office_where_none_is_written(en_extractor, text, fact):
    assert fact not in _facts(en_extractor, text)


def _typed_names(en_extractor, text):
    return {(m.name, m.type) for m in _extract(en_extractor, text).mentions}


def test_s15d_a_wire_story_names_missions_ministries_and_a_battery_maker(en_extractor):
    ex = en_extractor.extract(read_fixture_article("en/s15d_wire_missions_and_ministries.txt"))
    orgs = {m.name for m in ex.mentions if m.type == "Organization"}
    assert {"Sumi Chamber of Commerce and Industry", "Norland Chamber of Commerce and Industry",
            "Korean Consulate General", "Norland Embassy", "Hwaseon Battery",
            "Ministry of Land, Infrastructure and Transport", "Ministry of Agriculture, Food and Rural Affairs",
            "Permanent Mission of Norland"} <= orgs
    assert not {m for m in ex.mentions if m.name == "Hwaseon Battery" and m.type != "Organization"}
    facts = {(r.subject.name, r.predicate, r.object.name if r.object is not None else r.value) for r in ex.relations}
    assert {("Korean Consulate General", "locatedIn", "Brenna"), ("Norland Embassy", "locatedIn", "Valmora"),
            ("Permanent Mission of Norland", "locatedIn", "Geneva"), ("Ines Marr", "holdsOffice", "First Minister"),
            ("Paul Brandt", "holdsOffice", "Foreign Minister"),
            ("Lena Voss", "holdsOffice", "Hwaseon Battery")} <= facts | {
        (r.subject.name, r.predicate, r.object.name) for r in ex.relations if r.object is not None}


@pytest.mark.parametrize(
    "text, acronym, typ",
    [
        # The NER reads the letters as a place or a person; the name they were
        # defined by is an organisation, at the bracket and at every later use.
        ("The Nordhaven Chamber of Commerce and Industry (NCCI) said on Monday that exports fell. "
         "NCCI will publish a full report in May.", "NCCI", "Organization"),
        ("Japan's Ministry of Economy, Trade and Industry (METI) announced new rules on Tuesday. "
         "METI said the rules would take effect in April.", "METI", "Organization"),
        # A place's acronym is the place; an act's is the act.
        ("The United States (US) and Canada signed the deal. The US said it was pleased.", "US", "Place"),
        ("The Ballot Access Act (BAA) passed. BAA takes effect in May.", "BAA", "Plan"),
        # A name only the NER calls a person ("Deutsche Welle (DW)" is one to
        # it) does not give its type to the letters.
        ("Jane Doe (JD) spoke to reporters in Brelford on Friday. JD said the plan would fail.", "JD", "Organization"),
        # Not defined in brackets: the letters keep the NER's own type.
        ("The Nordhaven Chamber of Commerce and Industry said on Monday that exports fell. "
         "NCCI said on Monday that exports fell in Brelford.", "NCCI", "Person"),
        # Brackets that are not the name's initials define nothing.
        ("The Tarvel Harbour Authority (NCCI) closed the port. NCCI said storms were expected.", "NCCI", "Person"),
    ],
)
def test_an_acronym_takes_the_type_of_the_name_it_is_defined_by(en_extractor, text, acronym, typ):
    types = {m.type for m in _extract(en_extractor, text).mentions if m.text == acronym}
    assert types == {typ}


@pytest.mark.parametrize(
    "text, acronym, full",
    [
        ("The Ballot Access Act (BAA) passed. BAA takes effect in May.", "BAA", "Ballot Access Act"),
        ("The Ministry of Economy, Trade and Industry (METI) announced new rules. METI said they start in April.",
         "METI", "Ministry of Economy, Trade and Industry"),
    ],
)
def test_every_use_of_a_defined_acronym_is_an_alias_of_its_name(en_extractor, text, acronym, full):
    ex = _extract(en_extractor, text)
    starts = [m.start for m in ex.mentions if m.text == acronym]
    pairs = {(a.text, a.start, b.text) for a, b in ex.aliases}
    assert len(starts) == 2 and {(acronym, s, full) for s in starts} <= pairs


def test_s15e_acronyms_in_a_wire_story_are_one_entity_with_their_names(en_extractor):
    ex = en_extractor.extract(read_fixture_article("en/s15e_wire_acronyms.txt"))
    typed = {(m.text, m.type) for m in ex.mentions}
    acronyms = {"NCCI": "Organization", "METI": "Organization", "PSSA": "Plan"}
    assert {(t, typ) for t, typ in typed if t in acronyms} == set(acronyms.items())
    # An acronym that nothing defines keeps its place type.
    assert ("UK", "Place") in typed
    aliased = {(a.text, b.text) for a, b in ex.aliases}
    assert {("NCCI", "Nordhaven Chamber of Commerce and Industry"), ("METI", "Ministry of Economy, Trade and Industry"),
            ("PSSA", "Parts Supply Stability Act")} <= aliased


@pytest.mark.parametrize(
    "text, name, typ",
    [
        # A known city that passes a budget or bans a thing is the city acting
        # through its government: the graph keeps it the place.
        ("Lyon approved the budget on Tuesday.", "Lyon", "Place"),
        ("Marseille banned cars from the old port on Monday.", "Marseille", "Place"),
        # Where one works "at" is the employer, not a place.
        ("Tom Grell works at Korvane.", "Korvane", "Organization"),
        ("Nadia Vorel worked at Veltrix for ten years.", "Veltrix", "Organization"),
    ],
)
def test_a_governing_city_stays_a_place_and_an_employer_is_a_firm(en_extractor, text, name, typ):
    assert {m.type for m in _extract(en_extractor, text).mentions if m.name == name} == {typ}


@pytest.mark.parametrize(
    "text, office",
    [
        ("Prorector Anna Weiss opened the new library on Monday.", "Prorector"),
        ("Pro-Rector Anna Weiss opened the new library on Monday.", "Pro-Rector"),
        # Every hyphen-glued prefix stays in the title.
        ("Pro-Vice-Chancellor Anna Weiss opened the new library on Monday.", "Pro-Vice-Chancellor"),
    ],
)
def test_an_academic_title_before_a_name_is_the_office_held(en_extractor, text, office):
    offices = {r.value for r in _extract(en_extractor, text).relations
               if r.predicate == "holdsOffice" and r.subject.name == "Anna Weiss"}
    assert offices == {office}
