package checks_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/conform-dev/conform/internal/checks"
	"github.com/conform-dev/conform/internal/exchange"
)

// restFindings is what a scenario reports for a CreateVifPeer answer: the
// OpenAPI check, then the walk of the body for what only the contract's
// extensions say.
func restFindings(t *testing.T, peer map[string]any, red *exchange.Redactor) checks.Findings {
	t.Helper()
	set, op := createVifPeer(t)
	req, params := createVifPeerRequest()
	raw := marshal(t, map[string]any{"vif_peer": peer})
	fs := checks.OpenAPIResponse(context.Background(), op, req, params, jsonResponse(201, raw)).Redact(red)
	n, ok := op.ResponseNode(201, "application/json")
	if !ok {
		t.Fatal("CreateVifPeer documents no 201 application/json body")
	}
	body := decode(t, raw)
	return append(fs, checks.Walk(set, n, body, "", body).Redact(red)...).Dedup()
}

func TestWalkConflicts(t *testing.T) {
	set := contracts(t)
	tests := []struct {
		name string
		peer func(p map[string]any)
		// The warning the documentation's disagreement gives, if any.
		conflict        string // conflict id; "" means no conflict finding
		conflictPointer string
		conflictRule    func(rule string) bool
		ruleText        string // what conflictRule accepts, for messages
		// An error the contract gives on top, if any.
		errPointer, errRule string
	}{
		{name: "valid peer", peer: func(map[string]any) {}},
		{name: "tenant_id of 32 characters, as in the example",
			peer:     func(p map[string]any) { p["tenant_id"] = "ed28c294165741faaeccab26913122a1" },
			conflict: "dcaas-tenant-id-length", conflictPointer: "/vif_peer/tenant_id",
			conflictRule: func(r string) bool { return r == "minLength 36" }, ruleText: "minLength 36"},
		{name: "tenant_id of 37 characters",
			peer:     func(p map[string]any) { p["tenant_id"] = "ed28c294-1657-41fa-aecc-ab26913122a1x" },
			conflict: "dcaas-tenant-id-length", conflictPointer: "/vif_peer/tenant_id",
			conflictRule: func(r string) bool { return r == "maxLength 36" }, ruleText: "maxLength 36"},
		{name: "address_family IPv4, as the text writes it",
			peer:     func(p map[string]any) { p["address_family"] = "IPv4" },
			conflict: "dcaas-address-family-case", conflictPointer: "/vif_peer/address_family",
			conflictRule: enumOf("ipv4", "ipv6"), ruleText: "enum of ipv4 and ipv6"},
		{name: "address_family ipv6", peer: func(p map[string]any) { p["address_family"] = "ipv6" }},
		{name: "address_family ipx",
			peer:     func(p map[string]any) { p["address_family"] = "ipx" },
			conflict: "dcaas-address-family-case", conflictPointer: "/vif_peer/address_family",
			conflictRule: enumOf("ipv4", "ipv6"), ruleText: "enum of ipv4 and ipv6",
			errPointer: "/vif_peer/address_family", errRule: "pattern ^(?i:ipv4|ipv6)$"},
		{name: "two CIDR blocks in one remote_ep_group item, as in the example",
			peer:     func(p map[string]any) { p["remote_ep_group"] = []any{"20.1.1.0/24", "12.3.4.0/30 172.56.0.0/16"} },
			conflict: "dcaas-remote-ep-group-cidr", conflictPointer: "/vif_peer/remote_ep_group/1",
			conflictRule: func(r string) bool { return strings.HasPrefix(r, "pattern ") }, ruleText: "pattern …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := validPeer()
			tt.peer(p)
			fs := restFindings(t, p, exchange.NewRedactor())

			var conflicts checks.Findings
			for _, f := range fs {
				if f.Check == checks.IDConflict {
					conflicts = append(conflicts, f)
				}
			}
			if tt.conflict == "" {
				if len(conflicts) != 0 {
					t.Errorf("want no conflict finding, got:%s", render(conflicts))
				}
			} else {
				c, ok := set.Conflict(tt.conflict)
				if !ok {
					t.Fatalf("the contracts record no conflict %q", tt.conflict)
				}
				if len(conflicts) != 1 {
					t.Fatalf("want one conflict finding (%s), got %d:%s", tt.conflict, len(conflicts), render(fs))
				}
				f := conflicts[0]
				if f.Level != checks.Warning {
					t.Errorf("the conflict is a %s, want a warning", f.Level)
				}
				if f.Pointer != tt.conflictPointer || !tt.conflictRule(f.Rule) {
					t.Errorf("conflict at %q rule %q, want %q rule %s", f.Pointer, f.Rule, tt.conflictPointer, tt.ruleText)
				}
				if f.Where != c.Where || !strings.Contains(f.Where, "x-conform-conflicts") {
					t.Errorf("Where = %q, want the conflict's place %q", f.Where, c.Where)
				}
				if f.Conflict != tt.conflict || !strings.Contains(f.String(), "--strict makes this a failure unless acknowledged (--ack "+tt.conflict+")") {
					t.Errorf("Conflict = %q in %s, want %s, and the way to acknowledge it", f.Conflict, f, tt.conflict)
				}
				if f.Expected != c.Summary {
					t.Errorf("Expected = %q, want the conflict's summary %q", f.Expected, c.Summary)
				}
			}

			errs := fs.Errors(false)
			if tt.errRule == "" {
				if len(errs) != 0 {
					t.Errorf("want no error, got:%s", render(errs))
				}
				return
			}
			if len(errs) != 1 || errs[0].Pointer != tt.errPointer || errs[0].Rule != tt.errRule || errs[0].Check != checks.IDOpenAPI {
				t.Errorf("want one openapi error at %q rule %q, got:%s", tt.errPointer, tt.errRule, render(errs))
			}
		})
	}
}

// enumOf accepts an enum rule that names exactly these values, however the
// engine renders the list.
func enumOf(values ...string) func(string) bool {
	return func(rule string) bool {
		if !strings.HasPrefix(rule, "enum ") {
			return false
		}
		list := strings.NewReplacer("[", " ", "]", " ", ",", " ", `"`, " ").Replace(strings.TrimPrefix(rule, "enum "))
		got := strings.Fields(list)
		if len(got) != len(values) {
			return false
		}
		for i := range got {
			if got[i] != values[i] {
				return false
			}
		}
		return true
	}
}

// A member the contract does not document is a warning, and its value is
// never quoted: the contract cannot have marked it secret.
func TestWalkUndocumentedMember(t *testing.T) {
	tests := []struct {
		value      any
		wantActual string
	}{
		{"ap-southeast-1", "a string of 14 characters (value not shown)"},
		{map[string]any{"key": "k-0123456789"}, "an object with 1 members (value not shown)"},
		{[]any{"k-0123456789", "k-9876543210"}, "an array of 2 items (value not shown)"},
		{12345678, "a number (value not shown)"},
		{nil, "null"},
	}
	for _, tt := range tests {
		t.Run(tt.wantActual, func(t *testing.T) {
			p := validPeer()
			p["region"] = tt.value
			fs := restFindings(t, p, exchange.NewRedactor())
			if len(fs) != 1 {
				t.Fatalf("want one finding, got:%s", render(fs))
			}
			f := fs[0]
			if f.Check != checks.IDUndocumented || f.Level != checks.Warning || f.Pointer != "/vif_peer/region" {
				t.Errorf("got %s (check %q), want a warning that /vif_peer/region is undocumented", f, f.Check)
			}
			if f.Actual != tt.wantActual {
				t.Errorf("Actual = %q, want %q", f.Actual, tt.wantActual)
			}
			for _, shown := range []string{"ap-southeast", "0123456789", "12345678"} {
				if strings.Contains(f.String(), shown) {
					t.Errorf("%s quotes the undocumented value", f)
				}
			}
		})
	}
}

// A scenario fails on errors; --strict makes warnings fail too, and the
// error it returns lists every failing finding as the report shows it.
func TestFindingsStrict(t *testing.T) {
	p := validPeer()
	p["tenant_id"] = "ed28c294165741faaeccab26913122a1" // a warning (conflict)
	p["address_family"] = "ipx"                         // an error, and a warning (conflict)
	fs := restFindings(t, p, exchange.NewRedactor())

	var nErr, nWarn int
	for _, f := range fs {
		if f.Level == checks.Error {
			nErr++
		} else {
			nWarn++
		}
	}
	if nErr != 1 || nWarn != 2 {
		t.Fatalf("want 1 error and 2 warnings, got:%s", render(fs))
	}
	tests := []struct {
		strict               bool
		wantErrors, wantWarn int
		wantHeader           string
	}{
		{strict: false, wantErrors: 1, wantWarn: 2, wantHeader: "1 violation:"},
		{strict: true, wantErrors: 3, wantWarn: 0, wantHeader: "3 violations:"},
	}
	for _, tt := range tests {
		errs := fs.Errors(tt.strict)
		if len(errs) != tt.wantErrors {
			t.Errorf("Errors(%v) = %d findings, want %d:%s", tt.strict, len(errs), tt.wantErrors, render(errs))
		}
		for _, f := range errs {
			if !tt.strict && f.Level != checks.Error {
				t.Errorf("Errors(false) holds a warning: %s", f)
			}
		}
		if got := len(fs.Warnings(tt.strict)); got != tt.wantWarn {
			t.Errorf("Warnings(%v) = %d findings, want %d", tt.strict, got, tt.wantWarn)
		}
		err := fs.Err(tt.strict, nil)
		if err == nil {
			t.Fatalf("Err(%v) = nil, want a failure", tt.strict)
		}
		var failure *checks.Failure
		if !errors.As(err, &failure) || len(failure.Findings) != tt.wantErrors {
			t.Errorf("Err(%v) = %#v, want a *checks.Failure with %d findings", tt.strict, err, tt.wantErrors)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, tt.wantHeader) {
			t.Errorf("Err(%v) message starts %q, want %q", tt.strict, firstLine(msg), tt.wantHeader)
		}
		for _, f := range errs {
			if !strings.Contains(msg, "\n  - "+f.String()) {
				t.Errorf("Err(%v) message does not list %s:\n%s", tt.strict, f, msg)
			}
		}
		if tt.strict != strings.Contains(msg, "warning: ") {
			t.Errorf("Err(%v) message lists warnings = %v, want %v:\n%s", tt.strict, !tt.strict, tt.strict, msg)
		}
	}

	var onlyWarnings checks.Findings
	for _, f := range fs {
		if f.Level == checks.Warning {
			onlyWarnings = append(onlyWarnings, f)
		}
	}
	if err := onlyWarnings.Err(false, nil); err != nil {
		t.Errorf("warnings alone fail without --strict: %v", err)
	}
	if err := checks.Findings(nil).Err(true, nil); err != nil {
		t.Errorf("no findings fail under --strict: %v", err)
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
