"""English lexicons: general knowledge the extractor uses, kept in one place.

Nothing here names a particular article's entities. Every list is a class
of words (head nouns, titles, verbs) that carries the same meaning in any
news text.
"""

from __future__ import annotations

# Verb lemma -> (property, direction). "active" means the grammatical
# subject is the RDF subject ("X visited Y" -> X visited Y); "inverse"
# means the grammatical object is the RDF subject ("A established B" ->
# B establishedBy A). Passive clauses flip the direction again.
VERB_RELATIONS: dict[str, tuple[str, str]] = {
    "visit": ("visited", "active"),
    "tour": ("visited", "active"),
    "inspect": ("visited", "active"),
    "arrive": ("visited", "active"),  # with its preposition (VERB_PREPOSITIONS)
    "establish": ("establishedBy", "inverse"),
    "found": ("establishedBy", "inverse"),
    "set": ("establishedBy", "inverse"),  # only with the particle "up"
    "co-found": ("establishedBy", "inverse"),
    "build": ("establishedBy", "inverse"),
    "design": ("designedBy", "inverse"),
    "unveil": ("unveiled", "active"),
    "launch": ("unveiled", "active"),
    "house": ("hosts", "active"),
    "host": ("hosts", "active"),
    "meet": ("metWith", "active"),
    "produce": ("originOf", "active"),
    "announce": ("announced", "active"),
    "plan": ("develops", "active"),
    "create": ("develops", "active"),
    "promote": ("develops", "active"),
    "develop": ("develops", "active"),
}

# Verbs by which a body is founded (with "set" only as "set up"): what they
# are said of is an institution, never the goods it makes.
FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "establish", "set"})
# Nouns for who makes, sells or runs something, written "a <noun> of <goods>":
# "a maker of mining equipment", "a supplier of chip tools".
MAKER_NOUNS = frozenset(
    {"maker", "manufacturer", "producer", "developer", "supplier", "provider", "builder", "designer",
     "exporter", "importer", "distributor", "seller", "vendor", "operator", "publisher", "retailer", "processor"}
)

# Verbs whose particle is required for the lexicon sense ("set up").
VERB_PARTICLES: dict[str, str] = {"set": "up"}

# Prepositions whose object is a verb's object too: "met with X", "arrived in X".
VERB_PREPOSITIONS: dict[str, tuple[str, ...]] = {"meet": ("with",), "arrive": ("in", "at")}

# Multi-word predicates headed by a noun: "hold a meeting with X",
# "give birth to X", "pay a visit to X".
NOUN_RELATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("meeting", "with"): ("metWith", "active"),
    ("talk", "with"): ("metWith", "active"),
    ("summit", "with"): ("metWith", "active"),
    ("birth", "to"): ("originOf", "active"),
    ("visit", "to"): ("visited", "active"),
    ("trip", "to"): ("visited", "active"),
    ("tour", "of"): ("visited", "active"),
}

# Verbs by which parties sign an agreement ("signed an MOU with X", "inked a
# deal with Y", "sealed a contract with Z"), only with one of the nouns
# below as what is signed: one signs a guestbook or a bill too.
SIGNING_VERBS = frozenset({"sign", "ink", "seal", "conclude", "countersign", "co-sign", "cosign"})
# What two parties sign with each other. "letter" counts only as a "letter of
# intent" (AGREEMENT_LETTERS); acronyms are matched in their written form too.
AGREEMENT_NOUNS = frozenset(
    {"agreement", "memorandum", "memoranda", "mou", "mous", "moa", "moas", "loi", "lois", "deal", "contract",
     "pact", "accord", "treaty", "protocol", "partnership", "memorandums"}
)
# A firm's dealings, which news sets in apposition to it ("X, the biggest such
# order in Europe"): where they are is not where the firm is.
TRANSACTION_NOUNS = AGREEMENT_NOUNS | {"order", "purchase", "sale", "acquisition", "takeover", "merger",
                                        "investment", "tender", "bid"}
# The agreement nouns that are acronyms: written in capitals, they are still
# no part of a firm's name ("the MOU Kestrel Marine signed").
AGREEMENT_ACRONYMS = frozenset({"mou", "mous", "moa", "moas", "loi", "lois"})
AGREEMENT_LETTERS = frozenset({"intent", "intention", "interest", "understanding", "cooperation", "co-operation"})
# Prepositions that give what an agreement is about ("an MOU on battery
# research with X"): the parser may hang the partner's "with" on that topic.
AGREEMENT_TOPIC_PREPOSITIONS = frozenset({"of", "on", "for", "regarding", "concerning", "over", "about"})

# Prepositions that put an event noun in the time of a clause: "met X during a visit to Y".
DURING_PREPOSITIONS = frozenset({"during", "on", "throughout"})

# A group "led by X" acts as X does: "a delegation led by X visited Y".
LED_GROUP_NOUNS = frozenset({"delegation", "mission", "team", "group", "entourage"})
LEADING_VERBS = frozenset({"lead", "head"})
# Groups that travel: "X led a delegation to Y" is a visit of X's, and "the
# delegation" later on is X's when the article names one leader.
DELEGATION_NOUNS = frozenset({"delegation", "mission"})

# Prepositions that place the thing before them inside the thing after.
# A visit or meeting under these has not happened yet: "will visit",
# "plans to meet", "is scheduled to visit", "is due to meet".
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "would"})
PLAN_VERBS = frozenset({"plan", "schedule", "expect", "intend", "aim", "hope", "want", "set", "due", "seek", "propose"})

# Sentence-opening adverbs the NER glues to a name after them ("Afterwards Trump").
OPENING_ADVERBS = frozenset(
    {"afterwards", "afterward", "meanwhile", "later", "earlier", "also", "then", "thereafter", "still", "now",
     "yesterday", "today", "instead", "however", "nevertheless", "thus", "finally", "eventually", "previously"}
)

# Verbs that keep the act they govern from happening ("refused to visit").
UNREALISED_VERBS = frozenset({"refuse", "decline", "fail", "cancel", "postpone", "avoid", "forbid", "prevent", "deny",
                              "scrap", "delay", "suspend", "abandon"})
# Adjectives that put an event in the future or call it off ("a planned visit").
UNREALISED_ADJECTIVES = frozenset(
    {"planned", "upcoming", "proposed", "scheduled", "expected", "forthcoming", "future", "possible", "potential",
     "postponed", "cancelled", "canceled", "delayed", "aborted", "prospective", "rumoured", "rumored", "next"}
)
# Verbs with a particle that call an event off ("the visit was called off").
UNREALISED_PHRASAL_VERBS = frozenset({("call", "off"), ("put", "off"), ("push", "back"), ("hold", "off")})
LOCATIVE_PREPOSITIONS = frozenset({"in", "within", "inside", "at"})

# Nouns for some or a group of what follows their "of" ("one of X", "a delegation of X").
PARTITIVE_NOUNS = frozenset({"one", "some", "all", "both", "each", "many", "most", "several", "group", "delegation"})

# Direction and part nouns: "in the northwest of Beijing" locates in Beijing.
REGION_NOUNS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast",
        "southwest", "center", "centre", "heart", "outskirts", "suburbs",
        "part", "edge", "middle", "downtown", "area", "district", "side", "region",
    }
)

# Head nouns that make a name a facility (built, bounded places).
FACILITY_HEADS = frozenset(
    {
        "center", "centre", "park", "street", "cluster", "museum", "plaza",
        "camp", "hall", "tower", "building", "stadium", "arena", "airport",
        "station", "port", "harbor", "harbour", "bridge", "palace", "temple",
        "library", "gallery", "campus", "hospital", "complex", "square",
        "theater", "theatre", "mall", "market", "factory", "plant", "lab",
        "laboratory", "garden", "gardens", "zoo", "dam", "terminal", "hub",
        "memorial", "monument", "cathedral", "church", "mosque", "castle",
        "avenue", "road", "boulevard", "depot", "warehouse", "yard", "base",
        "parc", "piazza", "platz", "pavilion", "arena", "observatory", "school",
        "shipyard", "dockyard", "refinery", "smelter", "mine", "hotel", "steelworks", "ironworks",
        "gasworks", "waterworks", "brickworks",
        # a legislature's building ("the Texas State Capitol")
        "capitol",
    }
)

# Landform words that, after an institution's or a building's noun, name the
# quarter around it ("Capitol Hill", "Parliament Hill", "Embassy Row"). Alone
# they are surnames too ("Hill"), so they make no place's head.
QUARTER_TAILS = frozenset({"hill", "heights", "row"})

# Head nouns that make a name a place (administrative or natural areas).
PLACE_HEADS = frozenset(
    {
        "district", "zone", "province", "county", "city", "state", "region",
        "prefecture", "island", "islands", "river", "mountain", "mountains",
        "lake", "sea", "ocean", "peninsula", "bay", "town", "municipality",
        "borough", "territory", "valley", "village", "gu", "dong",
    }
)

# Words that open the name of a natural feature or a town ("Mount X", "Lake Y", "Port Z").
PLACE_LEADS = frozenset({"mount", "mt", "lake", "cape", "isle", "gulf", "strait", "port", "fort"})

# Endings of the adjectives of a creed or doctrine ("Islamic", "Socialist"):
# with "State" after them they name a movement, not a territory.
CREED_ENDINGS = ("ic", "ist")

# Head nouns that make a name an organisation.
ORG_HEADS = frozenset(
    {
        "robotics", "electric", "electronics", "group", "bureau", "university", "embassy", "consulate",
        "ministry", "department", "agency", "office", "commission", "committee",
        "council", "corporation", "corp", "inc", "ltd", "co", "company",
        "association", "federation", "foundation", "institute", "bank", "fund",
        "party", "union", "authority", "administration", "government",
        "motors", "airlines", "airways", "technologies", "technology",
        "systems", "industries", "industry", "holdings", "partners", "labs",
        "media", "news", "times", "daily", "post", "press", "network",
        "development", "machinery", "entertainment", "pharmaceuticals",
        "telecom", "energy", "chemical", "steel", "society", "school",
        "materials", "mining", "metals", "minerals", "chemicals", "solutions", "logistics", "aerospace",
        "semiconductor", "semiconductors", "shipbuilding", "petrochemical",
        "college", "academy", "club", "cells", "team", "army", "navy", "police",
        "court", "parliament", "assembly", "senate", "congress", "board",
        "service", "services", "league", "organization", "organisation", "movement", "force",
    }
)

# Trades clipped the way firms clip them in their names ("X Semicon", "Y Chem",
# "Z Elec"): no place, team or person is named so, so as a name's last word they
# make it a firm's whatever the NER reads from the context ("workers at X Semicon").
# "Steel" is left out, being a surname too.
CLIPPED_INDUSTRY_HEADS = frozenset(
    {"semicon", "chem", "petrochem", "tech", "hitech", "infotech", "pharm", "biopharm", "pharma", "biopharma",
     "elec", "electro", "telecom", "biotech"}
)

# Trades and industries a company is named after ("Danube Power", "Rijn
# Digital", "Van Leeuwen Shipping"): as the last word of a name they make
# it a firm's. Kept apart from ORG_HEADS, which other extractors read.
INDUSTRY_HEADS = frozenset(
    {"power", "gas", "shipping", "logistics", "digital", "chemicals", "pharma", "pharmaceutical", "oil",
     "petroleum", "petrochemical", "petrochemicals", "mining", "shipbuilding", "solar", "semiconductor",
     "semiconductors", "insurance", "securities", "minerals", "cement", "aerospace", "railways", "telecoms",
     "engineering", "construction", "investments", "ventures", "biotech", "networks", "communications",
     "utilities", "foods", "textiles", "automotive", "batteries", "logistik", "airways", "shipyards",
     "refining", "fertilizers", "fertilisers", "metals", "renewables", "rail", "drilling", "chem",
     "mobility", "aero", "dynamics", "agritech", "fintech", "medtech", "cleantech", "therapeutics", "biosciences",
     # makers of a class of goods, named in the plural ("X Coatings", "Y Photonics")
     "coatings", "photonics", "optics", "plastics", "polymers", "ceramics", "instruments", "devices",
     # the battery metals a miner or refiner is named after ("X Lithium"); copper, gold and
     # silver are left out, being surnames too
     "lithium", "nickel", "cobalt", "graphite", "uranium", "potash", "vanadium",
     # a carrier named after what it carries ("X Freight"), as "X Shipping" is
     "freight",
     # shipbuilders and ship repairers ("X Marine"); as a name's last word it is no
     # given name ("Marine Le Pen") nor a soldier ("a US Marine" is lower-case before it)
     "marine",
     # a cell maker named in the singular ("X Battery", as "X Energy"); "Battery Park"
     # ends in its own head noun
     "battery"}
) | CLIPPED_INDUSTRY_HEADS

# Organisation heads no team, place or building shares: they outweigh the
# CoNLL NER's reading of the context ("Xiaomi Robotics" is never a place).
DECISIVE_ORG_HEADS = frozenset(
    {"robotics", "electric", "electronics", "group", "bureau", "university",
     "ministry", "corporation", "corp", "inc", "ltd", "co", "company",
     "holdings", "technologies", "industries", "pharmaceuticals", "motors",
     "airlines", "machinery", "institute", "agency", "commission", "foundation", "force",
     # carmakers' and transport firms' new names ("X Mobility"); no place or team is called so
     "mobility",
     # a cell maker ("X Battery"): the CoNLL NER reads an unknown word before it as a
     # place, but no town or team is called so; an artillery battery is written
     # head first ("Battery Park", "Battery B")
     "battery"}
)

# Heads of a body's name that the name's own "of" phrase follows ("the Daegu
# Chamber of Commerce and Industry", "the Seoul Bureau of Statistics"): the
# NER may cut such a name at its "of" into a person and a body.
OF_PHRASE_HEADS = ORG_HEADS | {"chamber"}

# Heads of a mission's name that "General" may follow ("the Korean Consulate
# General", "Consulate-General"): "General" alone heads no name, being a
# military title.
GENERAL_MISSION_HEADS = frozenset({"consulate"})

# Heads of a state's mission to a body ("the Permanent Mission of X to the
# United Nations"): a place written after the body is the mission's seat.
ACCREDITED_HEADS = frozenset({"mission", "delegation", "embassy", "representation"})

# Head nouns that make a (usually quoted) title a plan or policy.
PLAN_HEADS = frozenset(
    {"plan", "strategy", "policy", "initiative", "program", "programme",
     "project", "roadmap", "vision", "blueprint", "act", "agenda"}
)

# Nouns for a frame of cooperation: with a target year after them
# ("Mobility Partnership 2030", "Green Growth Compact 2035") they name a plan.
PACT_HEADS = frozenset(
    {"partnership", "cooperation", "compact", "framework", "pact", "accord", "agreement", "package", "deal",
     "declaration", "charter", "goals", "targets"}
)

# Words that name a law or a part of one, written before its number
# ("Chapter 11", "Article 5", "Proposition 8"): such a name is no model's.
LEGAL_WORDS = frozenset(
    {"article", "section", "chapter", "clause", "paragraph", "title", "part", "schedule", "annex", "act", "bill",
     "law", "code", "rule", "regulation", "directive", "resolution", "amendment", "proposition", "prop", "measure",
     "order", "decree", "statute", "treaty", "convention", "protocol", "no", "number"}
)

# Common nouns that, right before a quoted or unknown name, give its type:
# "the humanoid robot 'X'", "the smartphone X", "the landmark X".
PRODUCT_CUES = frozenset(
    {"robot", "model", "smartphone", "phone", "car", "vehicle", "app",
     "chip", "device", "drone", "aircraft", "satellite", "rocket", "game",
     "software", "platform", "product", "brand", "system", "computer", "cell",
     "battery", "tram", "train", "ship", "engine", "vaccine", "drug", "console",
     "tablet", "laptop", "camera", "truck", "bus", "jet", "missile", "humanoid",
     "carrier", "vessel", "tanker", "freighter", "ferry", "submarine", "destroyer", "frigate",
     "locomotive", "airliner", "helicopter", "probe", "spacecraft",
     # vehicles and machines that trade fairs and factory news show
     "taxi", "robotaxi", "tractor", "scooter", "motorcycle", "bicycle", "bike", "excavator", "forklift", "shuttle",
     "van", "sedan", "suv", "pickup", "airship", "charger", "processor", "sensor", "headset", "printer",
     "prototype", "exoskeleton", "wheelchair", "handset", "smartwatch", "wearable",
     # defence equipment, whose names make the news of arms deals and visits
     "howitzer", "tank", "fighter", "interceptor", "launcher", "radar", "rifle", "torpedo", "warship"}
)
# What a ship carries, before "carrier": "a hydrogen carrier" is a ship, "the
# national carrier" an airline.
CARGO_WORDS = frozenset(
    {"hydrogen", "lng", "gas", "oil", "crude", "ammonia", "container", "car", "vehicle", "bulk", "ore",
     "coal", "grain", "aircraft", "helicopter", "chemical", "cargo"}
)
# Kinds of ship: right before a name they make it a vessel's, which is a
# product however much the name sounds like a firm's or a person's.
VESSEL_NOUNS = frozenset(
    {"ship", "vessel", "tanker", "freighter", "ferry", "submarine", "destroyer", "frigate", "cruiser",
     "warship", "yacht", "liner", "trawler", "icebreaker", "corvette", "containership", "boat", "barge"}
)
FACILITY_CUES = frozenset(
    {"landmark", "building", "venue", "complex", "facility", "site", "tower",
     "stadium", "museum", "park", "center", "centre", "hall", "street"}
)
# Common nouns that, written right before a name, say what it names:
# "retailer X", "the social media platform X", "the island X", "her husband X".
# The text's own word outweighs the statistical NER, which types an
# unfamiliar one-word name by its shape. Nouns shared by people and firms
# ("producer", "partner") are left out.
DESCRIPTORS: dict[str, str] = {
    **dict.fromkeys(
        ("company", "firm", "retailer", "chain", "supermarket", "manufacturer", "maker", "carmaker",
         "automaker", "supplier", "carrier", "airline", "bank", "lender", "insurer", "broadcaster",
         "newspaper", "tabloid", "magazine", "publisher", "platform", "website", "startup", "start-up",
         "conglomerate", "giant", "operator", "distributor", "outlet", "agency", "charity", "nonprofit",
         "broker", "subsidiary"), "Organization"),
    **dict.fromkeys(
        ("island", "city", "town", "village", "province", "county", "capital", "municipality",
         "suburb", "neighbourhood", "neighborhood", "region"), "Place"),
    **dict.fromkeys(
        ("husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "cousin",
         "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother",
         "widow", "widower", "successor", "predecessor", "fiance", "fiancé", "fiancée", "girlfriend",
         "boyfriend", "actor", "actress",
         "singer", "rapper", "novelist", "poet", "journalist", "lawyer", "attorney", "activist",
         "businessman", "businesswoman", "entrepreneur", "billionaire", "astronaut", "scientist",
         "musician", "guitarist", "footballer", "cricketer", "golfer", "boxer", "wrestler", "comedian",
         "filmmaker", "photographer", "economist", "striker", "midfielder", "goalkeeper", "defender"),
        "Person"),
}
# Nouns shared by firms and people that name a firm when said of goods
# ("a lithium producer", "a producer of steel"), a person when said of works.
GOODS_PRODUCER_NOUNS = frozenset({"producer"})
# What a person produces, beside WORK_NOUNS: "a music producer", "a TV producer".
PRODUCED_SHOWS = frozenset(
    {"music", "record", "television", "tv", "theatre", "theater", "stage", "video", "radio", "show", "news",
     "content", "event", "game", "games", "dance", "pop", "hip", "hop", "executive", "co", "line", "segment"}
)
# Two-word descriptors whose kind is not their head noun's ("a think tank" is no tank).
COMPOUND_DESCRIPTORS: dict[tuple[str, str], str] = {("think", "tank"): "Organization"}
# Verbs that attribute a report to its source ("…, Newsweek reported", "…, the agency said").
REPORTING_VERBS = frozenset(
    {"report", "say", "tell", "write", "add", "confirm", "state", "claim", "note", "quote", "cite"}
)
# Verbs of saying and announcing: their subject speaks for itself or for a body.
SPEECH_VERBS = REPORTING_VERBS | frozenset(
    {"announce", "explain", "reveal", "stress", "emphasize", "emphasise", "urge", "pledge", "vow", "promise",
     "propose", "disclose", "warn", "insist", "argue", "deny", "estimate", "predict", "expect"}
)
# Verbs of writing in a medium: what one does them "in" is a journal or a
# paper ("published in X", "writing in X", "the study appeared in X").
PUBLISHING_VERBS = frozenset({"publish", "write", "appear", "print", "report", "describe", "detail"})
# Nouns of a creative work: right before a name or in apposition they make
# it the work's, whatever its head noun ("the film 'Iron Bridge'").
WORK_NOUNS = frozenset({"film", "movie", "documentary", "novel", "book", "album", "song", "single", "series",
                        "sitcom", "drama", "play", "opera", "musical", "painting", "poem", "memoir", "podcast",
                        "miniseries", "anime", "manga", "videogame"})
# Verbs of publishing: what one does them "on" is a medium ("posted on X").
MEDIUM_VERBS = frozenset(
    {"post", "tweet", "say", "announce", "share", "publish", "upload", "stream", "broadcast", "livestream",
     "air", "reveal", "confirm", "release", "write", "trend", "reply", "respond"}
)
# What a platform gives its users, after its name: "her X account", "the X page".
MEDIUM_NOUNS = frozenset(
    {"account", "accounts", "page", "pages", "feed", "handle", "bio", "profile", "channel", "livestream",
     "post", "posts", "user", "users", "hashtag"}
)

# Facility and industry head nouns that are common surnames too ("Minjun Park", "Tara Hall", "Ana Power").
SURNAME_HEADS = frozenset({"park", "hall", "power"})
# Verbs only people are the subject of: said of a name with a surname-like
# head noun, they make it a person's.
PERSON_VERBS = frozenset(
    {"say", "tell", "add", "die", "marry", "bear", "convict", "arrest", "sentence", "resign", "plead",
     "testify", "graduate", "retire", "charge", "indict", "jail", "acquit", "pardon"}
)

# Descriptors that take their name after "of": "the island of X", "the wife of X".
OF_DESCRIPTORS = frozenset(
    {"island", "city", "town", "village", "province", "county", "municipality", "region",
     "husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "cousin",
     "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "widow", "widower"}
)

EVENT_HEADS = frozenset(
    {"summit", "forum", "expo", "exhibition", "festival", "conference",
     "olympics", "games", "championship", "cup", "fair", "week", "show",
     "marathon", "tournament", "biennale", "carnival", "olympiad"}
)

# Works that news names after the firm that runs them or their town, in
# lower case ("the Hyundai Motor plant", "the Yeosu refinery").
WORKS_NOUNS = frozenset({"plant", "factory", "works", "refinery", "shipyard", "mill", "smelter", "foundry",
                         "fab", "mine", "warehouse", "depot", "terminal", "steelworks"})
# Verbs whose object is a works and whose "in" says where it is: "X opened its plant in Y".
WORKS_OPENING_VERBS = frozenset({"open", "build", "run", "operate", "own", "expand", "close", "shut"})

# Journeys numbered by a code ("Flight KE17", "Voyage V12"): the code names no model.
JOURNEY_NOUNS = frozenset({"flight", "voyage", "mission", "expedition", "train", "convoy"})

# Facilities named by a head noun and a number ("Route 2", "Terminal 3"): the
# CoNLL NER tags the noun alone as an organisation.
NUMBERED_FACILITY_HEADS = frozenset(
    {"route", "highway", "interstate", "expressway", "motorway", "freeway", "terminal", "gate", "pier",
     "platform", "runway", "line", "exit", "reactor", "dock", "berth", "hall", "pavilion", "booth"}
)

# Titles and roles that precede a person's name ("Mayor X", "architect X").
PERSON_TITLES = frozenset(
    {
        "mayor", "governor", "president", "minister", "premier", "chancellor",
        "secretary", "ambassador", "senator", "representative", "chairman",
        "chairwoman", "chair", "ceo", "director", "chief", "king", "queen",
        "prince", "princess", "pope", "general", "admiral", "colonel",
        "captain", "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "lord",
        "architect", "designer", "engineer", "founder", "spokesman",
        "spokeswoman", "spokesperson", "reporter", "commissioner", "lawmaker",
        "leader", "head", "vice", "deputy", "former", "prime", "mayor-elect",
        "lieutenant", "sergeant", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt",
        "sultan", "emir", "sheikh", "emperor", "empress", "attorney", "solicitor", "surgeon", "inspector",
        "executive", "officer",
        # heads of universities ("Rector X", "X, provost of Y"); "dean" is left
        # out, being a given name and a surname too ("Dean Acheson")
        "rector", "provost", "prorector",
    }
)

# Prefixes that make a title another title only glued by a hyphen and
# capitalised ("Pro-Vice-Chancellor", "Pro-Rector"); "pro" alone is no title.
HYPHEN_TITLE_PREFIXES = frozenset({"pro"})

# Forms of address: they go with a name ("Director Dr. X") but are no part of an office.
ADDRESS_FORMS = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "madam", "mme", "m"})

# Lower-case particles inside a person's name ("Qasim bin Saad", "Jan van Dijk").
NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "del",
                            "della", "dos", "das", "al", "el"})

# Words that qualify a title but are none ("former Auxerre player",
# "deputy" alone): a name after them is not a person's for that alone.
TITLE_MODIFIERS = frozenset({"former", "vice", "deputy", "prime", "acting", "ex", "then"})

# Titles that are offices held within a jurisdiction ("Seoul Mayor X").
OFFICE_TITLES = frozenset(
    {"mayor", "governor", "president", "premier", "minister", "chancellor",
     "ambassador", "senator", "secretary", "chairman", "chairwoman", "ceo",
     "director", "commissioner", "king", "queen", "prime", "sultan", "emir", "emperor", "empress",
     # a university's head holds its office as a firm's director does ("the rector of X University")
     "rector", "provost", "prorector"}
)

# Head words of legislative chambers, which news writes right before a member's name.
LEGISLATURE_HEADS = frozenset(
    {"house", "representatives", "senate", "congress", "parliament", "assembly", "commons", "lords", "legislature"}
)

# Acts only a government does, never a club or a firm named after a town:
# their subject is a place acting through its government ("Lyon approved the budget").
GOVERNING_VERBS = frozenset({"approve", "adopt", "enact", "ratify", "legislate", "ban", "outlaw", "impose",
                             "levy", "allocate", "budget", "rezone", "zone", "annex", "pedestrianise",
                             "pedestrianize"})

# Words for holding a job: where one does it "at" is the employer ("works at X", "a job at X").
EMPLOYMENT_WORDS = frozenset({"work", "employ", "intern", "job", "internship"})

# Verbs by which one takes an office ("was elected mayor of X").
OFFICE_TAKING_VERBS = frozenset({"elect", "reelect", "re-elect", "appoint", "name", "swear", "install", "inaugurate"})

# Offices named by two words ("Attorney General X", "chief executive"); either word alone is none.
OFFICE_COMPOUNDS = frozenset(
    {("attorney", "general"), ("solicitor", "general"), ("surgeon", "general"), ("inspector", "general"),
     ("chief", "executive")}
)

# Words that say an office is held now, and are no part of its title ("current president X").
INCUMBENCY_WORDS = frozenset({"current", "incumbent", "sitting", "serving"})

# Offices only a firm has, written right after its "'s": "Brightwater's chief executive", "Kelso's CEO".
# No person has a chief executive; a president or a director may be a person's own.
FIRM_OFFICES = frozenset({"ceo", "cfo", "coo", "chairman", "chairwoman", "chief executive", "chief financial",
                          "chief operating", "chief technology"})

# Words that number the holders of an office: "X, the first president of Y" tells of history, not of a post held now.
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "last"})

# Offices whose "of" names the place they govern ("the governor of X").
JURISDICTION_TITLES = frozenset(
    {"mayor", "governor", "premier", "king", "queen", "sultan", "emir", "emperor", "empress", "prince",
     "princess", "archbishop", "bishop", "minister"}
)

# The words of a minister's portfolio ("Minister of Industry and Trade"):
# a body written with these alone is the office's, not a named entity.
PORTFOLIO_WORDS = frozenset(
    {
        "industry", "trade", "commerce", "energy", "foreign", "affairs", "finance", "economy",
        "economic", "defence", "defense", "health", "welfare", "education", "justice", "interior",
        "agriculture", "environment", "labor", "labour", "employment", "transport", "transportation",
        "science", "technology", "culture", "tourism", "sports", "sport", "unification", "security",
        "home", "state", "information", "communications", "planning", "investment", "development",
        "land", "infrastructure", "oceans", "fisheries", "gender", "equality", "veterans", "national",
        "public", "administration", "strategy", "innovation", "digital", "housing", "social", "family",
        "food", "rural", "urban", "resources", "mines", "water", "climate", "external", "internal",
        "mining", "petroleum", "aviation", "telecommunications", "works", "lands", "youth", "immigration",
        "maritime", "natural", "business",
    }
)

# Deverbal nouns that headlines put before a name: "Inspection of X".
EVENT_NOUNS = frozenset(
    {"visit", "inspection", "tour", "opening", "launch", "meeting",
     "construction", "closure", "unveiling", "signing", "arrival"}
)

# Definite descriptions that refer back to a named entity of a type:
# "the center" -> the last facility whose name ends in "Center".
ANAPHOR_HEADS = FACILITY_HEADS | PLACE_HEADS | ORG_HEADS | {"company", "firm"}

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
# Pronouns that may stand for a firm as the subject of what it does, and
# whether they stand for several: "It signed an MOU with Y", "they signed".
FIRM_PRONOUNS = {"it": False, "they": True}
# Verbs whose "it" is seldom a firm: a copula or a raising verb ("it is
# expected", "it seems"), or a verb whose subject is a building as often as
# a body ("it houses a museum", "it hosted the talks").
NON_AGENT_VERBS = frozenset({"be", "seem", "appear", "become", "remain", "happen", "take", "cost", "matter", "mean",
                             "house", "host", "hold", "contain", "include", "stand", "lie", "sit"})
# Nouns that, with "the", refer back to the organisation just named: "the company was founded by X".
ORG_ANAPHORS = frozenset({"company", "firm", "group", "carmaker", "automaker", "manufacturer", "maker", "startup",
                          "conglomerate"})
# Common nouns for a body that "it" may stand for as well as for the firm named
# before them: "X bought a startup in 2019. It developed Y" may be the startup's.
BODY_NOUNS = ORG_ANAPHORS | frozenset(
    {"subsidiary", "unit", "affiliate", "division", "rival", "partner", "supplier", "customer", "client", "venture",
     "bank", "business", "operator", "lender", "insurer", "carrier", "airline", "buyer", "seller", "team", "club",
     "organisation", "organization", "body", "government", "ministry", "agency", "city", "country", "town"})

# Head nouns of public bodies, schools and associations: a business noun
# ("the company", "the firm") never refers back to one of them, however
# recently named ("the Department for Trade ... The company unveiled X").
NON_BUSINESS_HEADS = frozenset(
    {"ministry", "department", "government", "agency", "commission", "council", "committee", "parliament",
     "assembly", "senate", "congress", "bureau", "administration", "authority", "office", "court", "police",
     "army", "navy", "party", "embassy", "consulate", "university", "college", "school", "academy",
     "association", "federation", "foundation", "society", "union", "league"}
)

# Time zone abbreviations written after a clock time ("0617 UTC"); the NER takes them for bodies.
TIME_ZONES = frozenset({"UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST",
                        "BST", "IST", "JST", "KST", "AEST", "AEDT", "WIB", "HKT", "SGT", "EET", "EEST"})

# Labels news puts before a colon at a headline's start to say what kind of story follows.
KICKER_WORDS = frozenset({"explainer", "analysis", "factbox", "factcheck", "exclusive", "update", "opinion",
                          "editorial", "interview", "feature", "breaking", "timeline", "insight", "preview",
                          "recap", "review", "profile", "commentary", "obituary", "photos", "video", "watch"})

# Lines that are page furniture rather than article sentences.
COPYRIGHT_MARKERS = ("©", "(c)", "copyright", "all rights reserved")

# Verbs of moving and of lying somewhere: the length with them is a distance
# gone or away ("travelled 700 miles", "lies 20 km off the coast").
DISTANCE_VERBS = frozenset(
    {"travel", "fly", "drive", "walk", "ride", "sail", "swim", "march", "move", "go", "come", "journey",
     "commute", "cycle", "locate", "situate", "lie", "sit", "stand", "push", "advance", "retreat", "flee", "trek"}
)

# Verbs and nouns of a journey or of goods on their way: where they go "to"
# or come "from" is a place ("flew to X", "exports from Y", "the road to Z").
# Verbs that also give or hand over are left out: "the prize went to X",
# "the estate was left to X", "the letter came from X" may name people.
MOTION_WORDS = frozenset(
    {"travel", "fly", "drive", "sail", "walk", "ride", "move", "relocate", "migrate", "flee", "escape", "head",
     "commute", "march", "trek", "journey", "evacuate", "emigrate", "immigrate", "export", "import", "ship",
     "deport", "extradite", "airlift", "flight", "trip", "route", "road", "railway", "rail", "highway",
     "motorway", "expressway", "voyage", "ferry", "exports", "imports", "shipment", "pipeline", "corridor",
     "migration", "relocation", "evacuation"}
)
# Verbs of reaching a place: where one does them "in" or "at" is a place ("landed in X", "arrived at Y").
ARRIVAL_VERBS = frozenset({"arrive", "land", "disembark", "dock", "touch"})
# Verbs of setting off, whose "from" is where the journey starts ("trucks left from X").
DEPARTURE_VERBS = frozenset({"leave", "depart", "set", "return"})

# Units of measure -> (property, factor to the property's unit).
LENGTH_UNITS = {"meter": 1.0, "metre": 1.0, "m": 1.0, "kilometer": 1000.0,
                "kilometre": 1000.0, "km": 1000.0, "foot": 0.3048, "feet": 0.3048,
                "mile": 1609.344, "miles": 1609.344}
AREA_UNITS = {"square meter": 1.0, "square metre": 1.0, "m²": 1.0, "m2": 1.0,
              "sq m": 1.0, "square kilometer": 1e6, "square kilometre": 1e6,
              "km²": 1e6, "hectare": 1e4, "ha": 1e4, "square foot": 0.09290304,
              "square feet": 0.09290304, "sq ft": 0.09290304, "acre": 4046.8564224}

# Adjectives in "-ian" that are formed from no state or region: a continent's,
# a creed's or a trade's ("Asian Development Minister" has no jurisdiction).
NON_REGION_ADJECTIVES = frozenset(
    {"asian", "eurasian", "christian", "arabian", "librarian", "civilian", "guardian", "utopian"}
)

# Nationality adjectives -> the country, for offices written with them
# ("Indonesian President X", "Japanese Foreign Minister Y"). Only adjectives
# that name one country; "Korean" alone is the South in news use.
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "argentine": "Argentina",
    "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia", "austrian": "Austria",
    "azerbaijani": "Azerbaijan", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium",
    "bolivian": "Bolivia", "brazilian": "Brazil", "british": "United Kingdom", "bulgarian": "Bulgaria",
    "cambodian": "Cambodia", "canadian": "Canada", "chilean": "Chile", "chinese": "China",
    "colombian": "Colombia", "croatian": "Croatia", "cuban": "Cuba", "czech": "Czechia", "danish": "Denmark",
    "cypriot": "Cyprus", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt", "emirati": "United Arab Emirates",
    "estonian": "Estonia", "ethiopian": "Ethiopia", "filipino": "Philippines", "finnish": "Finland",
    "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
    "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia",
    "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy",
    "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "South Korea",
    "south korean": "South Korea", "north korean": "North Korea", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan",
    "lao": "Laos", "laotian": "Laos", "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya",
    "lithuanian": "Lithuania", "malaysian": "Malaysia", "mexican": "Mexico", "mongolian": "Mongolia",
    "moroccan": "Morocco", "nepalese": "Nepal", "nigerian": "Nigeria", "norwegian": "Norway",
    "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine", "peruvian": "Peru",
    "philippine": "Philippines", "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar",
    "romanian": "Romania", "russian": "Russia", "saudi": "Saudi Arabia", "serbian": "Serbia",
    "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia", "spanish": "Spain",
    "sri lankan": "Sri Lanka", "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria",
    "taiwanese": "Taiwan", "tajik": "Tajikistan", "thai": "Thailand", "tunisian": "Tunisia",
    "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda", "ukrainian": "Ukraine",
    "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela", "vietnamese": "Vietnam",
    "yemeni": "Yemen", "maltese": "Malta", "sudanese": "Sudan", "somali": "Somalia", "rwandan": "Rwanda",
    "burundian": "Burundi", "tanzanian": "Tanzania", "senegalese": "Senegal", "zambian": "Zambia", "zimbabwean": "Zimbabwe", "american": "United States",
    "new zealand": "New Zealand", "south african": "South Africa",
}

# Names of first-level subdivisions that are also compass or landform words
# ("Central", "Coast"): before a title they are no region ("Central Bank Governor").
GENERIC_SUBDIVISION_WORDS = frozenset(
    {"central", "eastern", "western", "northern", "southern", "north", "south", "east", "west", "centre",
     "center", "coast", "lakes", "plateau", "delta", "littoral", "capital", "upper", "lower", "federal"}
)

# Offices of a party committee that news writes after a Chinese region ("Zhejiang Party Secretary X").
PARTY_OFFICES = frozenset({"secretary"})
# Levels of a party committee between the region and "Party" ("Guangdong Provincial Party Secretary").
PARTY_LEVELS = frozenset({"provincial", "municipal", "city", "county", "district", "regional"})
