package bench

import (
	"strings"
	"testing"
	"time"

	"github.com/google/pprof/profile"
)

const (
	godogStep    = "github.com/cucumber/godog/internal/models.(*StepDefinition).Run"
	godogSuite   = "github.com/cucumber/godog.(*suite).runStep"
	scenarioStep = module + "/internal/scenario.(*scenarioRun).satisfies"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name  string
		stack []string // leaf first
		want  Category
		own   string
	}{
		{"godog's own allocation", []string{"runtime.mallocgc", "runtime.newobject", "github.com/hashicorp/go-immutable-radix.(*Txn).insert", "github.com/hashicorp/go-memdb.(*Txn).Insert", "github.com/cucumber/godog/internal/storage.mustInsert", godogSuite},
			Godog, "github.com/hashicorp/go-immutable-radix.(*Txn).insert"},
		{"a check under godog's step runner is checks", []string{"runtime.mapaccess2", "github.com/getkin/kin-openapi/openapi3.(*Schema).visitJSON", module + "/internal/checks.OpenAPIResponse", scenarioStep, "reflect.Value.call", godogStep, godogSuite},
			Checks, "github.com/getkin/kin-openapi/openapi3.(*Schema).visitJSON"},
		{"the schema engine is a subpackage of contract", []string{module + "/internal/contract/jsonschema.(*engine).Validate", scenarioStep, godogStep},
			Checks, module + "/internal/contract/jsonschema.(*engine).Validate"},
		{"a generic function of checks", []string{"runtime.memmove", module + "/internal/checks.walk[go.shape.string]", scenarioStep},
			Checks, module + "/internal/checks.walk[go.shape.string]"},
		{"a package whose path only begins like checks' is conform's rest", []string{module + "/internal/checksum.Sum", scenarioStep},
			Rest, module + "/internal/checksum.Sum"},
		{"net/url under kin-openapi is checks, not the exchange", []string{"net/url.Parse", "github.com/getkin/kin-openapi/routers/gorillamux.(*Router).FindRoute", module + "/internal/checks.route"},
			Checks, "github.com/getkin/kin-openapi/routers/gorillamux.(*Router).FindRoute"},
		{"the client's connection read", []string{"syscall.Syscall", "internal/poll.(*FD).Read", "net.(*netFD).Read", "net.(*conn).Read", "bufio.(*Reader).fill", "net/http.(*persistConn).readLoop"},
			Exchange, "net.(*netFD).Read"},
		{"a request sent from a step", []string{"net/http.(*Transport).roundTrip", module + "/internal/exchange.(*Client).Do", scenarioStep, godogStep},
			Exchange, "net/http.(*Transport).roundTrip"},
		{"signing is crypto, the exchange's", []string{"crypto/sha256.block", "crypto/hmac.(*hmac).Write", module + "/internal/target.sign", scenarioStep},
			Exchange, "crypto/sha256.block"},
		{"conform's step with the standard library below it", []string{"encoding/json.(*decodeState).object", module + "/internal/jsonvalue.Decode", scenarioStep, godogStep},
			Rest, module + "/internal/jsonvalue.Decode"},
		{"a type's equality function is nobody's", []string{"type:.eq.github.com/cucumber/messages/go/v21.Pickle", module + "/internal/reports.(*Recorder).Done"},
			Rest, module + "/internal/reports.(*Recorder).Done"},
		{"conform's main package", []string{"runtime.mallocgc", "main.execute", "main.main", "runtime.main"},
			Rest, "main.execute"},
		{"godog parsing a feature is godog's", []string{"github.com/cucumber/gherkin/go/v26.(*scanner).Scan", "github.com/cucumber/gherkin/go/v26.(*parser).Parse", "github.com/cucumber/godog/internal/parser.parseBytes", godogSuite},
			Godog, "github.com/cucumber/gherkin/go/v26.(*scanner).Scan"},
		{"conform's plan parsing a feature is conform's rest", []string{"runtime.mallocgc", "github.com/cucumber/messages/go/v21.(*Incrementing).NewId", "github.com/cucumber/gherkin/go/v26.(*astBuilder).build", "github.com/cucumber/gherkin/go/v26.(*parser).Parse", module + "/internal/plan.parseFeature", module + "/internal/plan.Select"},
			Rest, "github.com/cucumber/messages/go/v21.(*Incrementing).NewId"},
		{"the collector's own worker", []string{"runtime.scanobject", "runtime.gcDrain", "runtime.gcBgMarkWorker"},
			Runtime, ""},
		{"the standard library with no category above it", []string{"time.sendTime", "runtime.runOneTimer"},
			Runtime, ""},
		{"an empty stack", nil, Runtime, ""},
	}
	for _, tt := range tests {
		got, own := Classify(tt.stack)
		if got != tt.want || own != tt.own {
			t.Errorf("%s: Classify = %s (%q), want %s (%q)", tt.name, got, own, tt.want, tt.own)
		}
	}
}

// TestSplitProfile: inlined calls are frames too, innermost first, and a
// profile's samples add up by category.
func TestSplitProfile(t *testing.T) {
	fn := map[string]*profile.Function{}
	f := func(name string) *profile.Function {
		if fn[name] == nil {
			fn[name] = &profile.Function{ID: uint64(len(fn) + 1), Name: name}
		}
		return fn[name]
	}
	loc := func(id uint64, names ...string) *profile.Location {
		l := &profile.Location{ID: id}
		for _, n := range names {
			l.Line = append(l.Line, profile.Line{Function: f(n)})
		}
		return l
	}
	// The check is inlined into the step that godog calls: checks.
	inlined := loc(1, module+"/internal/checks.statusMatches", scenarioStep)
	runner := loc(2, godogStep)
	malloc := loc(3, "runtime.mallocgc")
	gc := loc(4, "runtime.gcBgMarkWorker")
	p := &profile.Profile{
		SampleType: []*profile.ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		Sample: []*profile.Sample{
			{Location: []*profile.Location{inlined, runner}, Value: []int64{3, 30e6}},
			{Location: []*profile.Location{malloc, runner}, Value: []int64{2, 20e6}},
			{Location: []*profile.Location{malloc, loc(5, scenarioStep), runner}, Value: []int64{1, 10e6}},
			{Location: []*profile.Location{gc}, Value: []int64{4, 40e6}},
		},
	}
	s, err := SplitProfile(p)
	if err != nil {
		t.Fatal(err)
	}
	want := [categoryCount]time.Duration{Godog: 20 * time.Millisecond, Checks: 30 * time.Millisecond, Rest: 10 * time.Millisecond, Runtime: 40 * time.Millisecond}
	if s.By != want || s.Total != 100*time.Millisecond {
		t.Errorf("SplitProfile = %v (total %s), want %v", s.By, s.Total, want)
	}
	if s.Flat[Godog]["runtime.mallocgc"] != 20*time.Millisecond || s.Own[Godog][godogStep] != 20*time.Millisecond {
		t.Errorf("godog's flat %v, own %v", s.Flat[Godog], s.Own[Godog])
	}

	var both CPUSplit
	both.Merge(s)
	both.Merge(s)
	if both.By[Checks] != 60*time.Millisecond || both.Own[Checks][module+"/internal/checks.statusMatches"] != 60*time.Millisecond {
		t.Errorf("two merged: %v, %v", both.By, both.Own[Checks])
	}
	var log strings.Builder
	both.WriteTop(&log, Godog, 10)
	if !strings.Contains(log.String(), "100.0%      40ms  runtime.mallocgc") || !strings.Contains(log.String(), "100.0%      40ms  "+godogStep) {
		t.Errorf("WriteTop:\n%s", log.String())
	}

	p.SampleType = []*profile.ValueType{{Type: "alloc_space", Unit: "bytes"}}
	if _, err := SplitProfile(p); err == nil {
		t.Error("SplitProfile of a memory profile: no error")
	}
}
