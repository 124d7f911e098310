# The two set-up commands of README.md, and the benchmark.
#   make run    installs what is missing, builds a Release binary, starts rightstrack
#   make test   installs what is missing, builds and runs every test through ctest (the browser
#               tests included: chromium and the npm packages of tests/browser)
#   make bench  runs the benchmarks under bench/ and prints their ratios

MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc)
DB ?= var/rightstrack.db
RELEASE_DIR := build/release
TEST_DIR := build/test

.PHONY: run test bench bench-deps browser-deps deps release build-tests clean

deps:
	@scripts/install-deps.sh

release: deps
	@cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
	@cmake --build $(RELEASE_DIR) -j $(JOBS) --target rightstrack

run: release
	@mkdir -p $(dir $(DB))
	@$(RELEASE_DIR)/rightstrack stats --db $(DB)
	@echo
	@echo "Serving http://127.0.0.1:8080/search (the JSON API: /api/v1/search?q=torture); Ctrl-C stops."
	@echo "On a database without users it prints a one-time /setup address: open it to create the administrator."
	@$(RELEASE_DIR)/rightstrack serve --db $(DB) --bind 127.0.0.1 --port 8080

build-tests: deps
	@cmake -S . -B $(TEST_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON >/dev/null
	@cmake --build $(TEST_DIR) -j $(JOBS)

browser-deps: deps
	@scripts/install-browser-deps.sh

test: build-tests browser-deps
	@cd $(TEST_DIR) && ctest --output-on-failure -j $(JOBS)

bench-deps: deps
	@scripts/install-bench-deps.sh

bench: bench-deps
	@cmake -S . -B $(RELEASE_DIR) -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
		-DRIGHTSTRACK_BENCH=ON >/dev/null
	@cmake --build $(RELEASE_DIR) -j $(JOBS) --target rightstrack search-bench
	@bench/run $(RELEASE_DIR)/rightstrack

clean:
	rm -rf build
