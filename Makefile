# conform: the README's two commands are `make run` and `make test`.
GO ?= go

.PHONY: run test build vet fmt-check tidy-check gen mutation bench

## run: every scenario against the embedded reference target
run:
	$(GO) run ./cmd/conform run

## test: formatting, vet, unit tests and the whole suite (TestFeatures and the
## fault battery) against the reference target, all under the race detector
test: fmt-check tidy-check vet
	$(GO) test -race -count=1 ./...

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

## mutation: the fault battery's table: each fault of the reference target,
## how many scenarios it failed, the first one and what it said
mutation:
	@$(GO) test -count=1 -run 'TestEveryBrokenRuleFailsTheRun' -v ./internal/scenario \
	  | sed -n 's/.*MUTATION //p'

## bench: every benchmark of docs/benchmarks.md in one run, printed as one
## table (installs Specmatic and Dredd from npm into a temporary folder)
bench:
	@GO=$(GO) scripts/bench
