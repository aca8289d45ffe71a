package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conform-dev/conform/internal/reference"
	"github.com/conform-dev/conform/internal/testrepo"
)

// What a user of conform run sees of the transport settings: credentials
// chosen from the variables, AK/SK signing against a reference served
// apart (as conform serve does), a silent target given up on, the CONFORM_*
// variables read as the flags, settings that mean nothing refused.
func TestRunTransport(t *testing.T) {
	// The curated seed's suite: the reference served apart implements its
	// operations, not those of the references imported beside it.
	repo := curatedRepo(t)
	srv, err := reference.Start(reference.Options{}) // the defaults conform serve accepts
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	silent := testrepo.SilentTarget(t)
	// A loopback port nothing listens on: every request refused at once.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String()
	ln.Close()
	noToken := map[string]string{"CONFORM_DCAAS_TOKEN": ""}
	aksk := map[string]string{"CONFORM_DCAAS_TOKEN": "", "CONFORM_DCAAS_AK": reference.DefaultAccessKey, "CONFORM_DCAAS_SK": reference.DefaultSecretKey}
	wrongSK := map[string]string{"CONFORM_DCAAS_TOKEN": "", "CONFORM_DCAAS_AK": reference.DefaultAccessKey, "CONFORM_DCAAS_SK": "not-the-reference-secret"}
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		code    int
		within  time.Duration // 0: no bound
		want    []string
		notWant []string
	}{
		{name: "AK/SK and no token: a right signature passes", args: []string{"run", "--dir", repo, "--allow", "destructive", "--target", "dcaas=" + srv.URL()}, env: aksk, code: 0,
			want: []string{"target: dcaas → " + srv.URL() + "\n", "PASSED: 31 of 42 scenarios passed", "the element API has no target"}, notWant: []string{reference.DefaultSecretKey}},
		{name: "AK/SK with a wrong secret: 401, and why", args: []string{"run", "--dir", repo, "--allow", "destructive", "--target", "dcaas=" + srv.URL(), "--tags", "@dcaas"}, env: wrongSK, code: 1,
			want: []string{"got 401", "APIG.0301", "verify aksk signature fail"}, notWant: []string{"not-the-reference-secret"}},
		{name: "an AK without its SK", args: []string{"run", "--dir", repo, "--allow", "destructive", "--target", "dcaas=" + srv.URL()}, env: map[string]string{"CONFORM_DCAAS_TOKEN": "", "CONFORM_DCAAS_AK": "AK"}, code: 2,
			want: []string{"CONFORM_DCAAS_AK is set but CONFORM_DCAAS_SK is not", "set both, or neither"}},
		{name: "no credential names both alternatives", args: []string{"run", "--dir", repo, "--allow", "destructive", "--target", "dcaas=" + srv.URL()}, env: noToken, code: 2,
			want: []string{"needs credentials: set CONFORM_DCAAS_TOKEN, or CONFORM_DCAAS_AK and CONFORM_DCAAS_SK"}},
		{name: "a silent target is given up on", args: []string{"run", "--dir", repo, "--allow", "destructive", "--target", "dcaas=" + silent, "--tags", "@dcaas", "--timeout", "1s"},
			env: map[string]string{"CONFORM_DCAAS_TOKEN": "t"}, code: 1, within: time.Second + 5*time.Second,
			want: []string{"conform: the dcaas target " + silent + " did not answer (no complete answer within 1s", "(0 passed, 30 skipped"}},
		{name: "CONFORM_GIVE_UP_AFTER as the flag", args: []string{"run", "--dir", repo, "--allow", "destructive", "--target", "dcaas=" + refused, "--tags", "@dcaas", "--timeout", "1s"},
			env: map[string]string{"CONFORM_DCAAS_TOKEN": "t", "CONFORM_GIVE_UP_AFTER": "1"}, code: 1, within: 5 * time.Second,
			want: []string{"did not answer 1 requests in a row (the last: connection refused)", "(0 passed, 30 skipped"}},
		{name: "a misspelt role", args: []string{"run", "--dir", repo, "--target", "element:dest=https://127.0.0.1:1/json-rpc/12.3"}, code: 2,
			want: []string{`--target element:dest: no feature addresses the element API at a "dest" target`, "known: element:destination"}},
		{name: "a role for an API whose features use none", args: []string{"run", "--dir", repo, "--target", "dcaas:backup=https://127.0.0.1:1"}, code: 2,
			want: []string{"--target dcaas:backup", "write --target dcaas=URL"}},
		{name: "--concurrency 0", args: []string{"run", "--dir", repo, "--concurrency", "0"}, code: 2, want: []string{"--concurrency 0: want how many scenarios run at once, 1 or more"}},
		{name: "--concurrency -3", args: []string{"run", "--dir", repo, "--concurrency", "-3"}, code: 2, want: []string{"--concurrency -3: want"}},
		{name: "--rate -1", args: []string{"run", "--dir", repo, "--rate", "-1"}, code: 2, want: []string{"--rate -1: want requests per second", "--rate 0 for no limit"}},
		{name: "--give-up-after -1", args: []string{"run", "--dir", repo, "--give-up-after", "-1"}, code: 2, want: []string{"--give-up-after -1: want", "0 never gives up"}},
		{name: "CONFORM_TAGS is read", args: []string{"run", "--dir", repo}, env: map[string]string{"CONFORM_TAGS": "@nope"}, code: 2, want: []string{"no scenario matches"}},
		{name: "CONFORM_CONCURRENCY is read", args: []string{"run", "--dir", repo}, env: map[string]string{"CONFORM_CONCURRENCY": "0"}, code: 2, want: []string{`CONFORM_CONCURRENCY="0"`}},
		{name: "the flag wins over its variable", args: []string{"run", "--dir", repo, "--tags", "@element"}, env: map[string]string{"CONFORM_TAGS": "@nope"}, code: 0,
			want: []string{"PASSED: 11 of 11 scenarios passed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errb bytes.Buffer
			start := time.Now()
			code := execute(tt.args, &out, &errb)
			took := time.Since(start)
			all := out.String() + errb.String()
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; output:\n%s", code, tt.code, all)
			}
			if tt.within > 0 && took > tt.within {
				t.Errorf("took %s, want at most %s", took, tt.within)
			}
			checkOutput(t, all, errb.String(), tt.want)
			for _, w := range tt.notWant {
				if strings.Contains(all, w) {
					t.Errorf("the output shows %q", w)
				}
			}
		})
	}
}

// A merge of some of a run's shards says which are missing, and writes
// nothing.
func TestMergeSaysWhenAShardIsMissing(t *testing.T) {
	dir := t.TempDir()
	shard := filepath.Join(dir, "shard-1.json")
	var out bytes.Buffer
	if code := execute([]string{"run", "--dir", repo, "--shard", "1/3", "--format", "progress,json:" + shard}, &out, &out); code != 0 {
		t.Fatalf("shard 1/3: exit %d\n%s", code, out.String())
	}
	out.Reset()
	html := filepath.Join(dir, "report.html")
	code := execute([]string{"report", "merge", "--format", "html:" + html, shard}, &out, &out)
	if code != 2 {
		t.Fatalf("merge: exit %d, want 2\n%s", code, out.String())
	}
	checkOutput(t, out.String(), out.String(), []string{"conform: shards 2/3, 3/3 are missing", "conform run --shard 2/3 --format json:FILE"})
	if _, err := os.Stat(html); err == nil {
		t.Error("the merge wrote a report of part of the run")
	}
}
