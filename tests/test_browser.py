"""The HTML graph explorer in a real browser: Selenium driving headless Chromium.

Each test opens a page written by :func:`kg.export.html.write_html` from a
``file://`` URL and checks what a reader would see or do: the nodes drawn,
the search, the side panel, the filters, the language switch, that
nothing is fetched from the network, that the console stays clean, and
that hostile article text never runs. One test also saves the screenshot
of the visit graph used by the README (``docs/visit-graph.png``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest
import rdflib

from kg.export.html import CLASS_STYLES, write_html
from kg.vocab import KG

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install -e '.[test]')")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SCREENSHOT = ROOT / "docs" / "visit-graph.png"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)
PERSON = "https://w3id.org/kg-news/id/entity/oh-se-hoon"
WIDTH, HEIGHT = 1400, 900


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("chromium and chromedriver are needed (apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    # The viewport itself is 1400x900, whatever the headless window adds.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    yield browser
    browser.quit()


def open_page(driver, path: Path) -> None:
    """Load a page and wait until vis-network has drawn it; start with empty logs."""
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return window.kgDrawnAt !== undefined"))


def drawn_node_count(driver) -> int:
    return driver.execute_script("return kgNetwork.body.nodeIndices.length")


def entity_count(graph: rdflib.Graph) -> int:
    """The entities the page should draw, counted straight from the graph."""
    classes = {KG[name] for name in CLASS_STYLES}
    return len({s for s, o in graph.subject_objects(rdflib.RDF.type) if o in classes})


def requests_made(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def search(driver, text: str) -> list[str]:
    """Type ``text`` into the search box and return the node ids of the results, in order."""
    box = driver.find_element(By.ID, "kg-search")
    box.clear()
    box.send_keys(text)
    return [b.get_attribute("data-id") for b in driver.find_elements(By.CSS_SELECTOR, "#kg-results button")]


@pytest.fixture(scope="module")
def explorer(tmp_path_factory):
    graph = rdflib.Graph().parse(DATA / "browser-graph.ttl")
    page = write_html(graph, tmp_path_factory.mktemp("explorer") / "graph.html", title="Explorer test",
                      built="2026-03-03")
    return graph, page


def test_draws_every_node_without_console_errors_or_network(driver, explorer):
    graph, page = explorer
    open_page(driver, page)
    assert drawn_node_count(driver) == entity_count(graph) == 9
    assert driver.execute_script("return kgNetwork.body.edgeIndices.length") == 10
    assert console_errors(driver) == []
    requests = requests_made(driver)
    assert requests and all(url == page.as_uri() or url.startswith("data:") for url in requests), requests


@pytest.mark.parametrize("query", ["오세훈", "Oh Se-hoon", "se-hoon", "오 시장", "mayor oh"])
def test_search_finds_a_person_by_any_english_or_korean_name(driver, explorer, query):
    open_page(driver, explorer[1])
    assert search(driver, query)[0] == PERSON


def test_search_result_opens_the_panel_and_highlights_the_neighbourhood(driver, explorer):
    open_page(driver, explorer[1])
    search(driver, "오세훈")
    driver.find_element(By.CSS_SELECTOR, "#kg-results button").click()
    panel = driver.find_element(By.ID, "kg-panel")
    assert panel.is_displayed()
    text = panel.text
    for expected in ("Oh Se-hoon (en)", "오세훈 (ko)", "Mayor Oh (en)", "오 시장 (ko)", "Person",
                     "Mayor Oh Se-hoon toured the Tidewater Robotics Lab on Friday.",
                     "오세훈 시장은 구리 거리를 찾았다.",
                     "Mayor tours robotics lab (news/lab-tour.txt)",
                     "오 시장, 구리 거리 방문 (news/copper-street.txt)"):
        assert expected in text
    opacity = driver.execute_script(
        "var o = {}; kg.nodes.forEach(function (n) { o[n.id] = n.opacity === undefined ? 1 : n.opacity; }); return o;")
    neighbours = {PERSON} | {f"https://w3id.org/kg-news/id/{p}" for p in (
        "entity/tidewater-lab", "entity/copper-street", "office/mayor-of-brightvale", "event/visit-1")}
    assert {n for n, value in opacity.items() if value == 1} == neighbours
    # Clicking another node in the panel moves there.
    driver.find_element(By.XPATH, "//*[@id='kg-panel']//button[normalize-space()='Tidewater Robotics Lab']").click()
    assert driver.find_element(By.CSS_SELECTOR, "#kg-panel h2").text == "Tidewater Robotics Lab"
    assert "The lab was set up by Marlow Dynamics." in driver.find_element(By.ID, "kg-panel").text


def test_clicking_a_node_on_the_canvas_opens_its_panel(driver, explorer):
    open_page(driver, explorer[1])
    x, y = driver.execute_script(
        "var p = kgNetwork.canvasToDOM(kgNetwork.getPositions([arguments[0]])[arguments[0]]); return [p.x, p.y];",
        PERSON)
    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    rect = canvas.rect
    webdriver.ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - rect["width"] / 2), int(y - rect["height"] / 2)).click().perform()
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "kg-panel").is_displayed())
    assert driver.find_element(By.CSS_SELECTOR, "#kg-panel h2").text == "Oh Se-hoon"


def test_type_and_relation_filters_hide_and_show(driver, explorer):
    open_page(driver, explorer[1])
    person = driver.find_element(By.CSS_SELECTOR, '#legend input[data-type="Person"]')
    person.click()
    assert drawn_node_count(driver) == 8
    person.click()
    assert drawn_node_count(driver) == 9
    driver.find_element(By.CSS_SELECTOR, "#kg-relations summary").click()
    visited = driver.find_element(By.CSS_SELECTOR, f'#kg-relations input[data-predicate="{KG.visited}"]')
    visited.click()
    assert driver.execute_script("return kgNetwork.body.edgeIndices.length") == 8
    assert console_errors(driver) == []


def test_language_switch_shows_korean_labels(driver, explorer):
    open_page(driver, explorer[1])
    label = "return kg.nodes.get(arguments[0]).label"
    assert driver.execute_script(label, PERSON) == "Oh Se-hoon"
    Select(driver.find_element(By.ID, "kg-lang")).select_by_value("ko")
    assert driver.execute_script(label, PERSON) == "오세훈"
    # A node with no label in a language keeps the other one.
    assert driver.execute_script(label, "https://w3id.org/kg-news/id/event/visit-1").startswith("Oh Se-hoon visits")
    assert search(driver, "Quill")[0] == "https://w3id.org/kg-news/id/entity/quill-arm"
    assert driver.find_element(By.CSS_SELECTOR, "#kg-results button span").text == "퀼 암"


def test_hostile_article_text_never_runs(driver, tmp_path):
    graph = rdflib.Graph().parse(DATA / "hostile-graph.ttl")
    page = write_html(graph, tmp_path / "hostile.html", title="<script>window.kgPwned='title'</script>",
                      sources=["<img src=x onerror=\"window.kgPwned='source'\">"])
    open_page(driver, page)
    assert drawn_node_count(driver) == entity_count(graph) == 2
    # Show every piece of text: search results, both panels, Korean labels.
    for query in ("rook", "quay", "svg", "script"):
        search(driver, query)
    search(driver, "rook")
    driver.find_element(By.CSS_SELECTOR, "#kg-results button").click()
    assert "onerror" in driver.find_element(By.ID, "kg-panel").text  # shown as text
    driver.find_element(By.CSS_SELECTOR, "#kg-panel button.link").click()
    Select(driver.find_element(By.ID, "kg-lang")).select_by_value("ko")
    driver.find_element(By.CSS_SELECTOR, ".meta summary").click()
    assert driver.execute_script("return window.kgPwned") is None
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    # No element came out of the text: only the legend's icons and the page's three scripts.
    assert driver.execute_script("return document.querySelectorAll('img, iframe, a, svg:not([aria-hidden])').length") == 0
    assert driver.execute_script("return document.scripts.length") == 3
    assert driver.find_element(By.TAG_NAME, "h1").text == "<script>window.kgPwned='title'</script>"
    requests = requests_made(driver)
    assert all(url == page.as_uri() or url.startswith("data:") for url in requests), requests
    assert console_errors(driver) == []


@pytest.fixture(scope="module")
def visit_page(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found: {SEEDS} is absent (../shared is not beside the repo)")
    from kg.pipeline import build

    result = build([str(SEEDS)])
    sources = [os.path.relpath(a.source, ROOT) for a in result.resolution.articles]
    page = write_html(result.graph, tmp_path_factory.mktemp("visit") / "graph.html",
                      title="kg: news knowledge graph", sources=sources, built=dt.date.today().isoformat())
    return result.graph, page


def test_visit_graph_is_readable_at_first_sight_and_saved_as_screenshot(driver, visit_page):
    graph, page = visit_page
    open_page(driver, page)
    assert drawn_node_count(driver) == entity_count(graph)
    assert console_errors(driver) == []
    # Labels at least 11 px high on screen ...
    assert driver.execute_script("return kgNetwork.getScale()") * 14 >= 11
    # ... every node and its label inside the window ...
    boxes = driver.execute_script("""
        var out = {};
        kgNetwork.body.nodeIndices.forEach(function (id) {
          var b = kgNetwork.body.nodes[id].shape.boundingBox;
          var tl = kgNetwork.canvasToDOM({x: b.left, y: b.top}), br = kgNetwork.canvasToDOM({x: b.right, y: b.bottom});
          out[id] = [tl.x, tl.y, br.x, br.y];
        });
        return out;""")
    canvas = driver.find_element(By.CSS_SELECTOR, "#kg-network canvas").rect
    assert all(0 <= l and 0 <= t and r <= canvas["width"] and b <= canvas["height"] for l, t, r, b in boxes.values())
    # ... and no two of them overlapping, as measured by the browser's own text metrics.
    items = sorted(boxes.items())
    clashes = [
        (a, b) for i, (a, (al, at, ar, ab)) in enumerate(items) for b, (bl, bt, br, bb) in items[i + 1:]
        if al < br and bl < ar and at < bb and bt < ab
    ]
    assert clashes == []
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))
