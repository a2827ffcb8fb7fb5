# Sejajar — build, test, demo and benchmarks on a fresh Debian machine.
# Every target installs what is missing first; nothing relies on an earlier run.
SWIFT ?= swift
BUILD_FLAGS ?=
APT_PACKAGES := libxml2-dev libstemmer-dev libxml2-utils pkg-config translate-toolkit omegat chromium
SEJAJAR := .build/release/sejajar

.PHONY: deps build release test demo bench clean

# Installs the Debian packages the build and the tests need, only when one is missing.
deps:
	@bash .ci/apt-install $(APT_PACKAGES)

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

release: deps
	$(SWIFT) build -c release $(BUILD_FLAGS)

test: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)
	$(SWIFT) run $(BUILD_FLAGS) sejajar glossary lint Glossary/political-administrative.tbx

# Aligns the bundled sample (the two seed articles) and prints the result as a table, then the verdict.
demo: release
	$(SEJAJAR) align Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt --from es --to id --format tsv
	$(SEJAJAR) align Alignments/samples/seed-000.es.txt Alignments/samples/seed-004.id.txt --from es --to id --format json --quiet --output Alignments/samples/seed-000-004.alignment.json
	@echo "saved: Alignments/samples/seed-000-004.alignment.json"

bench: release
	bash benchmarks/run.sh

clean:
	rm -rf .build
