# conform: the README's two commands are `make run` and `make test`.
GO ?= go

.PHONY: run test build vet fmt-check tidy-check gen mutation deps lint lint-refs bench bench-smoke fuzz battery refs

## run: every scenario against the embedded reference target; the imported
## scenarios of operations it does not implement are counted as not run
run:
	$(GO) run ./cmd/conform run

## test: formatting, vet, unit tests and the whole suite (TestFeatures and the
## fault battery) against the reference target, all under the race detector.
## The report tests read the reports with real consumers: make deps installs
## them first, and those tests fail, never skip, when they are missing. The
## hostile-target battery runs on its own (make battery) to print its count.
test: fmt-check tidy-check vet deps
	$(GO) test -race -count=1 -skip '^TestHostileTargets$$' ./...
	@$(MAKE) --no-print-directory battery
	@$(MAKE) --no-print-directory bench-smoke

## bench-smoke: every go benchmark once, so that make bench's benchmarks
## cannot break unnoticed (they check what they measure); timings here mean
## nothing, make bench measures
bench-smoke:
	@echo "go test -run '^$$' -bench . -benchtime 1x ./..."
	@out=$$($(GO) test -count=1 -run '^$$' -bench . -benchtime 1x ./... 2>&1) || { echo "$$out"; exit 1; }

## deps: what the report tests need besides Go: Debian's chromium and the npm
## tools pinned in tools/reportcheck/package-lock.json
deps: tools/reportcheck/node_modules/.package-lock.json
	@command -v chromium >/dev/null 2>&1 || [ -n "$$CONFORM_CHROMIUM" ] || { \
	  echo "make deps: installing Debian's chromium for the HTML report test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

tools/reportcheck/node_modules/.package-lock.json: tools/reportcheck/package-lock.json tools/reportcheck/package.json
	cd tools/reportcheck && npm ci --no-audit --no-fund --loglevel=error

build:
	$(GO) build -o bin/conform ./cmd/conform

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# godog's CLI runs `go mod tidy` before it builds: keep go.mod tidy so that
# `godog run` never rewrites it.
tidy-check:
	$(GO) mod tidy -diff

## gen: regenerate the boundary and negative scenarios from the contracts
gen:
	$(GO) run ./cmd/conform gen

## refs: the vendors' two whole references (../shared/vendor-docs, beside the
## repository) imported into the repository, next to the curated seed
## contracts and features. --replace first removes what the last import wrote
## (marked x-conform-imported), so that a page that changed or went is
## followed; the curated files are merged into, never rewritten.
## internal/importer's TestCommittedReferencesAreFresh fails when the
## repository is not what this writes. An unreadable page makes import exit 1
## (it names each), so the import's status is left to the check after it.
REFS_DOCS ?= ../shared/vendor-docs/element-software/api ../shared/vendor-docs/direct-connect/api-ref/source
refs:
	-$(GO) run ./cmd/conform import --quiet --replace $(REFS_DOCS)
	$(GO) run ./cmd/conform import --quiet --replace --check $(REFS_DOCS)

## mutation: the fault battery's table: each fault of the reference target,
## how many scenarios it failed, the first one and what it said
mutation:
	@$(GO) test -count=1 -run 'TestEveryBrokenRuleFailsTheRun' -v ./internal/scenario \
	  | sed -n 's/.*MUTATION //p'

## lint: broken contracts and examples (exit 1), and where the seed pages and
## the repository's documents contradict themselves (warnings); the pinned
## findings are a test (internal/lint), so make test checks them too
lint:
	$(GO) run ./cmd/conform lint testdata/pages/seed/*.txt

## lint-refs: the documentation-bug report of the vendors' whole references
## (docs/documentation-bugs-report.md), the pages alone; a test in
## internal/lint fails when the committed report is stale
REFS ?= ../shared/vendor-docs/element-software/api ../shared/vendor-docs/direct-connect/api-ref/source
lint-refs:
	@log=$$(mktemp); \
	$(GO) run ./cmd/conform lint --pages-only --report docs/documentation-bugs-report.md $(REFS) > $$log 2>&1; rc=$$?; \
	if [ $$rc -ne 0 ]; then cat $$log; else sed -n '/^summary:/,$$p' $$log; fi; \
	rm -f $$log; exit $$rc

## bench: every benchmark of docs/benchmarks.md in one run, printed as one
## table (installs Specmatic and Dredd from npm into a temporary folder)
bench:
	@GO=$(GO) scripts/bench

## fuzz: each fuzz target for a count of inputs about 10 s long on this
## machine (FUZZTIME, a duration or a count such as 5000x, overrides them
## all), on one core; a failure leaves its input in the package's
## testdata/fuzz, to commit. Counts, not durations: with a duration, Go 1.26's
## fuzz coordinator can end a clean run with a bare "context deadline
## exceeded" and no input (golang/go#75804, fixed in Go 1.27), which failed a
## CI run here. Minimising a new input is bounded by count too, for the same
## reason and because a multi-kilobyte page would otherwise take the run.
FUZZTIME ?=
FUZZ_TARGETS ?= \
	./internal/example:FuzzParse:150000x \
	./internal/exchange:FuzzDecodeJSON:100000x \
	./internal/exchange:FuzzResponse:25000x \
	./internal/exchange:FuzzProblemShortcut:60000x \
	./internal/page:FuzzParse:2000x \
	./internal/tagexpr:FuzzParse:200000x
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; rest=$${t#*:}; name=$${rest%%:*}; budget=$${rest#*:}; \
	  [ -n "$(FUZZTIME)" ] && budget=$(FUZZTIME); \
	  echo "fuzz $$name ($$pkg) for $$budget"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $$budget -fuzzminimizetime 200x -parallel 1 $$pkg; \
	done

## battery: the hostile-target battery (internal/scenario), with its count of
## cases; the whole log when it fails
battery:
	@log=$$(mktemp); \
	$(GO) test -race -count=1 -run '^TestHostileTargets$$' -v ./internal/scenario > $$log 2>&1; rc=$$?; \
	if [ $$rc -ne 0 ]; then cat $$log; else grep -E 'battery: [0-9]+ cases|^ok' $$log | sed 's/^ *//'; fi; \
	rm -f $$log; exit $$rc
