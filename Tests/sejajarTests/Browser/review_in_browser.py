#!/usr/bin/python3
"""Drives `sejajar review` in headless Chromium through WebDriver (Debian's chromium-driver and
python3-selenium): opens the editor for a news page in Spanish and Indonesian (navigation, ad
slots, byline, comment counter: the seeds' kind of boilerplate), then merges, splits, re-pairs,
unpairs, locks, undoes and redoes, saves, and checks the page's DOM after each step and the JSON on
disk after each save; a second session on the saved file keeps the first's work as FILE.~1~
and refuses a FIFO put in the file's place.

    review_in_browser.py SEJAJAR WORKDIR [--screenshot PNG]

Exit status 0 when every check holds; the first failed check is printed and the status is 1.
"""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DOCS = os.path.join("Tests", "SejajarKitTests", "Fixtures", "documents")  # from ROOT, where review runs


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def start(sejajar, work, inputs=None):
    saved = os.path.join(work, "article.alignment.json")
    arguments = inputs or [os.path.join(DOCS, "article.es.html"), os.path.join(DOCS, "article.id.html"),
                           "--from", "es", "--to", "id", "--output", saved]
    errors = os.path.join(work, "review-%d.stderr" % len([f for f in os.listdir(work) if f.endswith(".stderr")]))
    with open(errors, "w") as err:
        process = subprocess.Popen([sejajar, "review"] + arguments, stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT)
    url = process.stdout.readline().strip()
    if not url.startswith("http://127.0.0.1:"):
        process.wait(timeout=10)
    check(url.startswith("http://127.0.0.1:"), "review printed %r, not its address (stderr: %s)" % (url, open(errors).read()))
    return process, url, saved


class Editor:
    def __init__(self, driver, url):
        self.driver = driver
        self.url = url
        self.token = url.split("token=")[1]

    def js(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def revision(self):
        return int(self.js("return document.body.dataset.revision || '-1'"))

    def wait_revision(self, revision, what):
        try:
            WebDriverWait(self.driver, 30).until(lambda d: self.revision() == revision)
        except TimeoutException:
            raise AssertionError("%s: the page did not reach revision %d (status: %s)" % (what, revision, self.status()))

    def status(self):
        return self.driver.find_element(By.ID, "status").text

    def rows(self):
        """Every bead row as the page shows it: (source, target, locked, kind)."""
        return self.js("""return [...document.querySelectorAll('tr.bead')].map(r => [r.dataset.source, r.dataset.target,
                          r.dataset.locked === 'true', [...r.classList].filter(c => c !== 'bead' && c !== 'current')[0]])""")

    def state(self):
        request = urllib.request.Request(self.url.split("?")[0] + "state", headers={"X-Sejajar-Token": self.token})
        with urllib.request.urlopen(request) as answer:
            return json.load(answer)

    def keys(self, *keys):
        ActionChains(self.driver).send_keys(*keys).perform()

    def visible(self, node):
        """`node`, scrolled to the middle of the window (clear of the sticky toolbar)."""
        self.js("arguments[0].scrollIntoView({block: 'center'})", node)
        return node

    def click_bead(self, index):
        self.visible(self.driver.find_element(By.CSS_SELECTOR, "#bead-%d td.meta b" % index)).click()

    def click_sentence(self, side, index, shift=False):
        node = self.visible(self.driver.find_element(By.CSS_SELECTOR, '.sent[data-side="%s"][data-i="%d"]' % (side, index)))
        if shift:
            ActionChains(self.driver).key_down(Keys.SHIFT).click(node).key_up(Keys.SHIFT).perform()
        else:
            node.click()

    def row_of(self, side, sentence):
        for k, (source, target, locked, kind) in enumerate(self.rows()):
            a, b = map(int, (source if side == "source" else target).split(","))
            if a <= sentence < b:
                return k, [source, target, locked, kind]
        raise AssertionError("no row holds %s sentence %d" % (side, sentence))


def backups(saved):
    """The numbered backups beside the saved file (FILE.~N~), in order."""
    folder, name = os.path.split(saved)
    return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.startswith(name + ".~") and f.endswith("~"))


def same_as_page(editor, saved):
    """The JSON on disk holds the beads the page shows, locks included."""
    with open(saved, encoding="utf-8") as f:
        data = json.load(f)
    on_disk = []
    for bead in data["beads"]:
        s, t = bead["source"], bead["target"]
        span = lambda run, at: "%d,%d" % (run[0], run[-1] + 1) if run else None
        on_disk.append((span(s, None), span(t, None), bead.get("locked", False)))
    page = [(s, t, locked) for s, t, locked, _ in editor.rows()]
    # An empty side is a position on the page and absent in the file: compare the sides that hold text.
    page = [(s if s.split(",")[0] != s.split(",")[1] else None, t if t.split(",")[0] != t.split(",")[1] else None, locked) for s, t, locked in page]
    check(on_disk == page, "the saved file differs from the page:\n file %s\n page %s" % (on_disk, page))


def main():
    sejajar, work = sys.argv[1], sys.argv[2]
    screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    os.makedirs(work, exist_ok=True)
    process, url, saved = start(sejajar, work)
    port = int(url.split(":")[2].split("/")[0])
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                     "--user-data-dir=" + os.path.join(work, "chromium-profile")]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        # Only loopback 127.0.0.1 is served.
        other = socket.socket()
        other.settimeout(2)
        check(other.connect_ex(("127.0.0.2", port)) != 0, "the editor answers on 127.0.0.2 too")
        other.close()

        editor = Editor(driver, url)
        driver.get(url)
        editor.wait_revision(0, "loading")
        state = editor.state()
        rows = editor.rows()
        check(len(rows) == len(state["beads"]) == 32, "the page shows %d beads, the state has %d" % (len(rows), len(state["beads"])))
        check(driver.find_element(By.ID, "verdict").text == "parallel", "verdict %r" % driver.find_element(By.ID, "verdict").text)
        check(len(driver.find_elements(By.CSS_SELECTOR, "#map rect")) == 32, "the map has a box per bead")
        check(sum(1 for r in rows if r[3] == "boilerplate") >= 10, "navigation, ads, byline and comments are boilerplate")
        check(driver.find_element(By.ID, "dirty").get_attribute("hidden") is not None, "a fresh alignment is not marked unsaved")

        # 1. Merge: beads 8 and 9 (two content sentences) become one locked 2-2 bead.
        editor.click_bead(8)
        editor.keys("m")
        editor.wait_revision(1, "merge")
        rows = editor.rows()
        check(len(rows) == 31, "merge left %d beads" % len(rows))
        check(rows[8][:3] == ["8,10", "8,10", True], "merged bead is %s" % (rows[8],))
        check(driver.find_element(By.ID, "dirty").get_attribute("hidden") is None, "an edit marks the alignment unsaved")

        # 2. Split it again before the second sentence of each side.
        editor.click_sentence("source", 9)
        editor.click_sentence("target", 9)
        editor.driver.find_element(By.ID, "split").click()
        editor.wait_revision(2, "split")
        rows = editor.rows()
        check(rows[8][:3] == ["8,9", "8,9", True] and rows[9][:3] == ["9,10", "9,10", True], "split gave %s %s" % (rows[8], rows[9]))

        # 3. Re-pair: source 12 with targets 12-13 (a 1-2 the aligner did not make); the beads in the
        #    way are taken apart and the rest re-aligned around it.
        editor.click_sentence("source", 12)
        editor.click_sentence("target", 12)
        editor.click_sentence("target", 13, shift=True)
        editor.keys("p")
        editor.wait_revision(3, "pair")
        k, row = editor.row_of("source", 12)
        check(row[:3] == ["12,13", "12,14", True], "paired bead is %s" % (row,))
        k13, row13 = editor.row_of("source", 13)
        check(row13[1].split(",")[0] == "14" or row13[3] == "omission", "source 13 now pairs after target 13: %s" % (row13,))

        # 4. Unpair source 20: it becomes a locked omission.
        editor.click_sentence("source", 20)
        editor.keys("u")
        editor.wait_revision(4, "unpair")
        k20, row20 = editor.row_of("source", 20)
        check(row20[3] == "omission" and row20[2], "unpaired sentence shows as %s" % (row20,))
        check("omitted in the target" in driver.find_element(By.ID, "bead-%d" % k20).text, "the omission is labelled")

        # 5. Lock bead 24 (by clicking its box on the map: the map jumps to the bead).
        editor.visible(driver.find_element(By.CSS_SELECTOR, '#map rect[data-index="24"]')).click()
        check("current" in driver.find_element(By.ID, "bead-24").get_attribute("class"), "clicking the map makes its bead current")
        editor.keys("l")
        editor.wait_revision(5, "lock")
        check(editor.rows()[24][2], "bead 24 is locked")

        # 6. Undo the lock, redo it.
        editor.keys("z")
        editor.wait_revision(6, "undo")
        check(not editor.rows()[24][2], "undo unlocked bead 24")
        editor.keys("y")
        editor.wait_revision(7, "redo")
        check(editor.rows()[24][2], "redo locked bead 24 again")

        # 7. An invalid edit: pairing across the locked bead 24 is refused with a message, nothing changes.
        before = editor.rows()
        editor.click_sentence("source", 22)
        editor.click_sentence("target", 27)
        editor.keys("p")
        WebDriverWait(driver, 20).until(lambda d: "locked bead" in editor.status())
        check("error" in driver.find_element(By.ID, "status").get_attribute("class"), "the refusal shows as an error")
        check(editor.rows() == before and editor.revision() == 7, "a refused edit changed the page")
        editor.keys(Keys.ESCAPE)

        # 8. Leaving with unsaved edits asks first.
        check(editor.js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"),
              "leaving with unsaved edits does not ask")

        # 9. Save (Ctrl+S): the JSON on disk is what the page shows.
        check(not os.path.exists(saved), "nothing is written before Save")
        ActionChains(driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
        WebDriverWait(driver, 20).until(lambda d: editor.status().startswith("saved"))
        same_as_page(editor, saved)
        check("kept as" not in editor.status(), "a first save has no previous file to keep: %r" % editor.status())
        check(backups(saved) == [], "a first save made backups %s" % backups(saved))
        check(driver.find_element(By.ID, "dirty").get_attribute("hidden") is not None, "saved, the page is no longer unsaved")
        check(not editor.js("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"),
              "leaving after saving still asks")

        # 10. One more edit and save: the session's own file is replaced, not kept again.
        editor.click_bead(3)
        editor.keys("m")
        editor.wait_revision(8, "second merge")
        editor.driver.find_element(By.ID, "save").click()
        WebDriverWait(driver, 20).until(lambda d: editor.status().startswith("saved"))
        same_as_page(editor, saved)
        check("kept as" not in editor.status() and backups(saved) == [], "the session's own save was kept as a backup: %s" % backups(saved))
        with open(saved, encoding="utf-8") as f:
            second = f.read()

        # 10b. Another session on the saved file (in another tab): its first save keeps what the
        #      first session left as FILE.~1~, shown in the page; a second save keeps nothing more.
        other, other_url, _ = start(sejajar, work, [saved])
        try:
            driver.switch_to.new_window("tab")
            driver.get(other_url)
            other_editor = Editor(driver, other_url)
            other_editor.wait_revision(0, "the second session")
            ActionChains(driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
            WebDriverWait(driver, 20).until(lambda d: other_editor.status().startswith("saved") and "kept as" in other_editor.status())
            check(other_editor.status().endswith("kept as %s.~1~)" % saved), "the page says %r" % other_editor.status())
            with open(saved + ".~1~", encoding="utf-8") as f:
                check(f.read() == second, "the backup is not what the first session left")
            other_editor.click_bead(2)
            other_editor.keys("l")
            other_editor.wait_revision(1, "a lock in the second session")
            ActionChains(driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
            WebDriverWait(driver, 20).until(lambda d: other_editor.status().startswith("saved") and other_editor.revision() == 1 and "kept as" not in other_editor.status())
            check(backups(saved) == [saved + ".~1~"], "backups after the second session: %s" % backups(saved))
            # A FIFO put where Save writes: refused in the page at once, nothing blocks.
            os.replace(saved, saved + ".moved")
            os.mkfifo(saved)
            started = time.time()
            ActionChains(driver).key_down(Keys.CONTROL).send_keys("s").key_up(Keys.CONTROL).perform()
            WebDriverWait(driver, 20).until(lambda d: "not a regular file" in other_editor.status())
            check(other_editor.status().startswith("not saved: ") and "error" in driver.find_element(By.ID, "status").get_attribute("class"),
                  "the refusal shows as an error: %r" % other_editor.status())
            check(time.time() - started < 10, "the refused save took %.1f s" % (time.time() - started))
            os.unlink(saved)
            os.replace(saved + ".moved", saved)
            driver.close()
            driver.switch_to.window(driver.window_handles[0])
        finally:
            other.terminate()
            other.wait(timeout=10)

        # 11. Export: the TMX link downloads the content pairs.
        tmx = editor.js("""return fetch(document.getElementById('export-tmx').href).then(r => r.text().then(t => [r.status, t]))""")
        check(tmx[0] == 200 and "<tmx version=\"1.4\">" in tmx[1] and "Marta Ruiz" not in tmx[1], "export.tmx answered %s" % tmx[0])

        # 12. A second tab's stale edit is refused (409) and that tab reloads.
        driver.switch_to.new_window("tab")
        driver.get(url)
        editor.wait_revision(8, "second tab")
        driver.switch_to.window(driver.window_handles[0])
        editor.click_bead(5)
        driver.find_element(By.ID, "lock").click()
        editor.wait_revision(9, "lock in the first tab")
        driver.switch_to.window(driver.window_handles[1])
        editor.click_bead(6)
        driver.find_element(By.ID, "lock").click()
        WebDriverWait(driver, 20).until(lambda d: "changed elsewhere" in editor.status())
        editor.wait_revision(9, "the second tab reloaded")
        driver.close()
        driver.switch_to.window(driver.window_handles[0])

        if screenshot:
            driver.set_window_size(1400, 1500)
            editor.click_sentence("source", 9)
            editor.click_sentence("target", 9)
            driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.3)
            driver.save_screenshot(screenshot)
        print("review in the browser: every check held (%d edits, 2 saves; a second session: 2 saves, 1 backup, a FIFO refused)" % editor.revision())
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    try:
        main()
    except AssertionError as error:
        print("review in the browser: %s" % error, file=sys.stderr)
        sys.exit(1)
